import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/server/verify-credentials";
import type { Db } from "@/server/db-client";
import { createTestDb } from "../helpers/test-db";

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
  const passwordHash = await bcrypt.hash("correct horse", 4);
  await db.$transaction((tx) => tx.user.create({ data: { username: "zhang", displayName: "张海燕", role: "ADMIN", passwordHash } }));
  await db.$transaction((tx) => tx.user.create({ data: { username: "gone", displayName: "离职人员", role: "ADMIN", passwordHash, active: false } }));
});
afterAll(async () => db.$disconnect());

describe("verifyCredentials", () => {
  it("accepts the right password, records the login and returns what the session carries", async () => {
    const user = await verifyCredentials(db, { username: "zhang", password: "correct horse" });
    expect(user).toMatchObject({ name: "张海燕", role: "ADMIN", sessionVersion: 0 });
    expect((await db.user.findUniqueOrThrow({ where: { username: "zhang" } })).lastLoginAt).not.toBeNull();
    expect(await db.auditEntry.count({ where: { action: "auth.login", userId: user!.id } })).toBe(1);
  });

  it("refuses a wrong password, an unknown user, a deactivated user and malformed input", async () => {
    expect(await verifyCredentials(db, { username: "zhang", password: "wrong" })).toBeNull();
    expect(await verifyCredentials(db, { username: "nobody", password: "correct horse" })).toBeNull();
    expect(await verifyCredentials(db, { username: "gone", password: "correct horse" })).toBeNull();
    expect(await verifyCredentials(db, { username: ["zhang"], password: 1 })).toBeNull();
    expect(await verifyCredentials(db, undefined)).toBeNull();
  });
});
