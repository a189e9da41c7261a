// The audit log cannot be quietly rewritten: the database refuses changes and early removals, every
// entry is chained to the one before it, and someone who goes around the refusal with the database's
// own rights (the test drops or disables the trigger, as they would) is found at the first broken
// link. On SQLite and on PostgreSQL (TEST_DATABASE_URL), with concurrent writers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/server/audit-chain";
import { recordSecurityEvent } from "@/server/security-events";
import type { Db } from "@/server/db-client";
import { createTownshipAction, updateTownshipAction } from "@/features/townships/mutations";
import { createTestDb } from "../helpers/test-db";
import { makeUser, runOk } from "../helpers/factories";

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
// PostgreSQL passes the trigger's message on; Prisma's SQLite adapter reports a trigger's abort as a
// constraint violation.
const REFUSED = onPostgres ? /append-only|180 days/ : /constraint/i;
let db: Db;
let admin: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  db = await createTestDb();
  admin = await makeUser(db, "ADMIN");
});
afterAll(async () => {
  await withoutGuard(async () => undefined); // the guard is back for the next file, whatever happened here
  await db.$disconnect();
});

/** Runs `tamper` with the append-only guard out of the way, as someone with the database's own rights. */
async function withoutGuard(tamper: () => Promise<unknown>) {
  if (onPostgres) {
    await db.$transaction((tx) => tx.$executeRawUnsafe(`ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_append_only"`));
    try {
      await tamper();
    } finally {
      await db.$transaction((tx) => tx.$executeRawUnsafe(`ALTER TABLE "AuditEntry" ENABLE TRIGGER "AuditEntry_append_only"`));
    }
  } else {
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "AuditEntry_no_update"`);
      await tx.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "AuditEntry_retention"`);
    });
    await tamper();
  }
}

async function someTownships(count: number) {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) ids.push((await runOk(db, admin, createTownshipAction, { name: `链测镇${Date.now()}${i}` })).id);
  return ids;
}

describe("the database keeps audit entries as written", () => {
  it("refuses to change an entry, even through the application's own writer", async () => {
    const [id] = await someTownships(1);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entity: "Township", entityId: String(id) } });
    await expect(db.$transaction((tx) => tx.auditEntry.update({ where: { id: entry.id }, data: { after: "{}" } }))).rejects.toThrow(REFUSED);
    expect((await db.auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).after).toBe(entry.after);
  });

  it("refuses to remove an entry younger than 180 days, and lets an older one go", async () => {
    const [id] = await someTownships(1);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entity: "Township", entityId: String(id) } });
    await expect(db.$transaction((tx) => tx.auditEntry.delete({ where: { id: entry.id } }))).rejects.toThrow(REFUSED);
    expect(await db.auditEntry.count({ where: { id: entry.id } })).toBe(1);
    const old = await db.$transaction((tx) =>
      tx.auditEntry.create({ data: { at: new Date(Date.now() - 200 * 86_400_000), action: "test.old", entity: "Test", entityId: "1" } }),
    );
    await db.$transaction((tx) => tx.auditEntry.delete({ where: { id: old.id } }));
    expect(await db.auditEntry.count({ where: { id: old.id } })).toBe(0);
  });
});

describe("the chain", () => {
  it("links every entry written by actions, one after the other", async () => {
    const [id] = await someTownships(3);
    await runOk(db, admin, updateTownshipAction, { id, name: `改名镇${Date.now()}` });
    // Security events are written in their own transaction, through the same chain.
    await recordSecurityEvent(db, { action: "auth.login.failed", entity: "User", entityId: "nobody", details: { reason: "unknown" } });
    const entries = await db.auditEntry.findMany({ orderBy: { id: "asc" } });
    for (const [i, entry] of entries.entries()) {
      expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
      if (i > 0) expect(entry.prevHash).toBe(entries[i - 1].hash);
    }
    expect(await verifyAuditChain(db)).toEqual({ checked: entries.length, unchained: 0, firstBreak: null });
  });

  it("does not fork when many actions write at once", async () => {
    const results = await Promise.allSettled(Array.from({ length: 24 }, (_, i) => runOk(db, admin, createTownshipAction, { name: `并发镇${Date.now()}-${i}` })));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const report = await verifyAuditChain(db);
    expect(report.firstBreak).toBeNull();
    const hashes = await db.auditEntry.findMany({ select: { prevHash: true } });
    expect(new Set(hashes.map((h) => h.prevHash)).size).toBe(hashes.length);
  });

  it("finds an entry whose content was edited behind the guard, at that entry", async () => {
    await someTownships(3);
    const entries = await db.auditEntry.findMany({ orderBy: { id: "asc" } });
    const victim = entries[entries.length - 2];
    await withoutGuard(() => db.$transaction((tx) => tx.$executeRawUnsafe(`UPDATE "AuditEntry" SET "after" = '{"name":"伪造镇"}' WHERE "id" = ${victim.id}`)));
    expect((await verifyAuditChain(db)).firstBreak).toMatchObject({ id: victim.id, reason: "changed" });
    // Put back as it was, the chain is whole again: the check reads content, not a flag.
    await withoutGuard(() => db.$transaction((tx) => tx.auditEntry.update({ where: { id: victim.id }, data: { after: victim.after } })));
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();
  });

  it("finds a removed entry at the one after it", async () => {
    await someTownships(3);
    const entries = await db.auditEntry.findMany({ orderBy: { id: "asc" } });
    const [removed, next] = entries.slice(-3, -1);
    await withoutGuard(() => db.$transaction((tx) => tx.$executeRawUnsafe(`DELETE FROM "AuditEntry" WHERE "id" = ${removed.id}`)));
    expect((await verifyAuditChain(db)).firstBreak).toMatchObject({ id: next.id, reason: "unlinked" });
  });
});
