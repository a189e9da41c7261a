// One request's open transaction must be invisible to every other request, and must never take
// another request's acknowledged write down with it when it rolls back (issue 15). On SQLite the
// app reads on a read-only connection and writes only inside transactions on a separate one; on
// PostgreSQL reads run on a read-only pool and transactions on their own connections.
import { TIELI_REGION_ID } from "../helpers/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ActionDefinition, executeAction } from "@/server/action-core";
import type { Db } from "@/server/db-client";
import { UserError } from "@/server/errors";
import { createTestDb } from "../helpers/test-db";

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => db.$disconnect());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("database connections", () => {
  it("hides an open transaction from other readers and keeps their writes when it rolls back", async () => {
    const before = await db.township.count();

    // Request A: creates a township, keeps its transaction open, then fails.
    const requestA = db
      .$transaction(
        async (tx) => {
          await tx.township.create({ data: { name: "未提交镇", regionId: TIELI_REGION_ID } });
          await sleep(800);
          throw new Error("save failed");
        },
        { timeout: 5_000 },
      )
      .catch((error: Error) => error.message);

    // Request B, while A is open: reads, then writes through its own transaction.
    await sleep(200);
    const seenByB = await db.township.count();
    const writtenByB = await db.$transaction((tx) => tx.township.create({ data: { name: "已提交镇", regionId: TIELI_REGION_ID } }));
    // A write outside any transaction must either be refused or survive A's rollback: never be
    // acknowledged and then silently undone.
    const plainAcknowledged = await db.township.create({ data: { name: "直接写入镇", regionId: TIELI_REGION_ID } }).then(
      () => true,
      () => false,
    );

    expect(await requestA).toBe("save failed");
    expect(seenByB).toBe(before);
    expect(writtenByB.id).toBeGreaterThan(0);
    const names = (await db.township.findMany({ select: { name: true } })).map((t) => t.name);
    expect(names).toContain("已提交镇");
    expect(names).not.toContain("未提交镇");
    expect(names.includes("直接写入镇")).toBe(plainAcknowledged);
  });

  it("refuses a plain write outside a transaction, so it can never join another request's", async () => {
    const before = await db.township.count();
    await expect(db.township.create({ data: { name: "裸写镇", regionId: TIELI_REGION_ID } })).rejects.toThrow();
    await expect(db.$executeRawUnsafe(`UPDATE "Township" SET "sortOrder" = 1`)).rejects.toThrow();
    expect(await db.township.count()).toBe(before);
  });

  it("reads a consistent snapshot in a batch of reads", async () => {
    const [count, rows] = await db.$transaction([db.township.count(), db.township.findMany()]);
    expect(rows).toHaveLength(count);
  });
});

describe("concurrent saves through the action path", () => {
  it("keeps every acknowledged save and nothing of a failed one, and readers never see a failed one", async () => {
    const admin = await db.$transaction((tx) =>
      tx.user.create({ data: { username: "load-admin", displayName: "load", role: "ADMIN", passwordHash: "!" } }),
    );
    const claims = { id: admin.id, role: admin.role, sessionVersion: admin.sessionVersion };
    // Every fourth save fails after writing, while its transaction is open.
    const save = {
      name: "township.create",
      permission: "registry.write",
      input: z.object({ name: z.string(), fail: z.boolean() }),
      async run({ tx, input, audit }) {
        const row = await tx.township.create({ data: { name: input.name, regionId: TIELI_REGION_ID } });
        audit({ entity: "Township", entityId: row.id, after: row });
        await sleep(Math.random() * 20);
        if (input.fail) throw new UserError("errors.conflict");
        return row;
      },
    } satisfies ActionDefinition<z.ZodType<{ name: string; fail: boolean }>, { id: number }>;

    let stop = false;
    let failedRowsSeen = 0;
    const reader = (async () => {
      while (!stop) {
        failedRowsSeen += await db.township.count({ where: { name: { startsWith: "失败" } } });
        await sleep(5);
      }
    })();
    const saves = Array.from({ length: 60 }, (_, i) => {
      const fail = i % 4 === 0;
      const name = `${fail ? "失败" : "成功"}${i}`;
      return executeAction(save, { db, claims, locale: "zh-CN" }, { name, fail }).then((result) => ({ name, ok: result.ok }));
    });
    const results = await Promise.all(saves);
    stop = true;
    await reader;

    const acknowledged = results.filter((r) => r.ok).map((r) => r.name).sort();
    expect(acknowledged).toHaveLength(45);
    const stored = await db.township.findMany({ where: { name: { in: results.map((r) => r.name) } }, select: { name: true } });
    expect(stored.map((t) => t.name).sort()).toEqual(acknowledged);
    expect(await db.auditEntry.count({ where: { userId: admin.id } })).toBe(45);
    expect(failedRowsSeen).toBe(0);
  });
});
