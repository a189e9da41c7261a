// The password rules (等保 2.0 identity checks; ASVS 2.1): what a new password must be, and when a
// user must choose a new one. Passwords are taken as typed; nothing is trimmed.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 200;
/** Of lower-case letters, upper-case letters, digits and other characters, at least this many kinds. */
export const PASSWORD_MIN_CLASSES = 3;

/** The message key of what is wrong with `password` for user `username`, or undefined when it is acceptable. */
export function passwordProblem(password: string, username: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return "users.account.validation.tooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "validation.tooLong";
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < PASSWORD_MIN_CLASSES) return "users.account.validation.classes";
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && password.toLowerCase().includes(name)) return "users.account.validation.containsUsername";
  return undefined;
}

/**
 * Whether the user must choose a new password before anything else: one an administrator set
 * (new account, reset), or one older than `maxAgeDays` (0: passwords do not age).
 */
export function passwordChangeDue(
  user: { mustChangePassword: boolean; passwordChangedAt: Date | null; createdAt: Date },
  maxAgeDays: number,
  now = new Date(),
): boolean {
  if (user.mustChangePassword) return true;
  if (maxAgeDays <= 0) return false;
  // Accounts from before passwords were dated count from the account's creation.
  const since = user.passwordChangedAt ?? user.createdAt;
  return now.getTime() - since.getTime() > maxAgeDays * 86_400_000;
}
