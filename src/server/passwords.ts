// The stored password hash: bcryptjs at cost 10, for new passwords and for the login check alike.
import bcrypt from "bcryptjs";

export const PASSWORD_HASH_COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, PASSWORD_HASH_COST);
}

export function checkPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
