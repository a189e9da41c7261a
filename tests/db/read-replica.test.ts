// The handle for reads that may lag (db-client.ts, createDbs). Without a replica it is the primary
// handle itself, so SQLite and a single PostgreSQL database behave as before. With one, the
// read-replicas extension wraps the primary's reader: here PostgreSQL's own database stands in for
// its replica, to prove the extended handle reads, writes in transactions and disconnects with the
// generated client and the driver adapter; tests/cluster proves the routing to a real standby.
import { afterEach, describe, expect, it } from "vitest";
import { createDbs } from "@/server/db-client";
import { databaseKind } from "@/server/database-url";
import { TIELI_REGION_ID } from "../helpers/factories";
import { createTestDbUrl } from "../helpers/test-db";

const opened: { $disconnect(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.$disconnect()));
});

describe("reads that may lag", () => {
  it("without a replica are read on the primary handle itself", async () => {
    const { db, laggingDb, replica } = createDbs(await createTestDbUrl());
    opened.push(db);
    expect(laggingDb).toBe(db);
    expect(replica).toBeUndefined();
  });

  it("with a replica: PostgreSQL reads and writes through the extended handle; SQLite refuses a replica", async () => {
    const url = await createTestDbUrl();
    if (databaseKind(url) === "sqlite") {
      expect(() => createDbs(url, "postgresql://postgres@127.0.0.1:5434/gongjian")).toThrow(/A read replica needs PostgreSQL/);
      return;
    }
    const { db, laggingDb, replica } = createDbs(url, url);
    opened.push(db, laggingDb);
    expect(laggingDb).not.toBe(db);

    const before = await laggingDb.township.count();
    await laggingDb.$transaction((tx) => tx.township.create({ data: { name: "副本测试镇", regionId: TIELI_REGION_ID } }));
    expect(await laggingDb.township.count()).toBe(before + 1);
    expect(await laggingDb.township.findFirst({ where: { name: "副本测试镇" }, select: { name: true } })).toEqual({ name: "副本测试镇" });
    // A plain write outside a transaction is refused, as on the primary handle.
    await expect(laggingDb.township.create({ data: { name: "事务外镇", regionId: TIELI_REGION_ID } })).rejects.toThrow();
    // A server that is not replaying reports no replay position: read-db.ts takes that as caught up.
    const [row] = await replica!.$queryRaw<{ replaying: boolean }[]>`SELECT pg_last_wal_replay_lsn() IS NOT NULL AS replaying`;
    expect(row.replaying).toBe(false);
  });
});
