// Passwords: generated ones for new accounts and resets (shown once to the administrator), and the
// hash that is stored. bcryptjs at cost 10, as the login check expects.
import { randomInt } from "node:crypto";
import bcrypt from "bcryptjs";

// No 0/O, 1/l/I: the administrator reads the password out or writes it on paper.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
const GENERATED_LENGTH = 12;

export function generatePassword(): string {
  return Array.from({ length: GENERATED_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 10);
}

export function checkPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** A user row as the audit log may keep it: never the password hash. */
export function auditableUser<T extends { passwordHash?: string }>(user: T): Omit<T, "passwordHash"> {
  const { passwordHash: _hash, ...rest } = user;
  return rest;
}
