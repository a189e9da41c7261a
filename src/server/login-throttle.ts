// Throttling of sign-ins, per account and per source address, kept in the database (LoginThrottle)
// so several app instances sharing it count the same failures. A locked key refuses every attempt,
// the right password included, until the lock ends.
import type { Db, Tx } from "./db-client";

export const LOGIN_THROTTLE = {
  /** Failures counted within this window… */
  windowMinutes: 15,
  /** …before the account is locked… */
  accountFailures: 5,
  /** …or the source address (many accounts tried from one place)… */
  addressFailures: 20,
  /** …for this long. */
  lockMinutes: 15,
} as const;

export const accountKey = (username: string) => `user:${username.toLowerCase()}`;
export const addressKey = (address: string) => `ip:${address}`;

/** The minutes until the later lock among `keys` ends, or 0 when none is locked. */
export async function lockedMinutes(db: Db, keys: string[], now = new Date()): Promise<number> {
  const locks = await db.loginThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } }, select: { lockedUntil: true } });
  const until = Math.max(0, ...locks.map((l) => l.lockedUntil!.getTime()));
  return until === 0 ? 0 : Math.ceil((until - now.getTime()) / 60_000);
}

/** Counts one failure against a key; returns true when this failure locked it. */
export async function countFailure(tx: Tx, key: string, limit: number, now = new Date()): Promise<boolean> {
  const windowStart = new Date(now.getTime() - LOGIN_THROTTLE.windowMinutes * 60_000);
  const row = await tx.loginThrottle.findUnique({ where: { key } });
  const fresh = !row || row.windowStart < windowStart;
  const after = fresh
    ? await tx.loginThrottle.upsert({ where: { key }, create: { key, failures: 1, windowStart: now }, update: { failures: 1, windowStart: now, lockedUntil: null } })
    : await tx.loginThrottle.update({ where: { key }, data: { failures: { increment: 1 } } });
  if (after.failures < limit) return false;
  await tx.loginThrottle.update({ where: { key }, data: { lockedUntil: new Date(now.getTime() + LOGIN_THROTTLE.lockMinutes * 60_000), failures: 0, windowStart: now } });
  return true;
}

/** A successful sign-in clears the account's count (not the address's: one success does not excuse many failures). */
export async function clearAccount(tx: Tx, username: string) {
  await tx.loginThrottle.deleteMany({ where: { key: accountKey(username) } });
}
