// Generated passwords for new accounts and resets (shown once to the administrator), and user rows
// as the audit log keeps them. The stored hash is made in server/passwords.ts.
import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: the administrator reads the password out or writes it on paper.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
const GENERATED_LENGTH = 12;

export function generatePassword(): string {
  return Array.from({ length: GENERATED_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/** A user row as the audit log may keep it: never the password hash. */
export function auditableUser<T extends { passwordHash?: string }>(user: T): Omit<T, "passwordHash"> {
  const { passwordHash: _hash, ...rest } = user;
  return rest;
}
