// The dashboard keeps figures until the data changes: the version it watches moves with every
// audited change to records, and a remembered figure is recomputed exactly then. Sign-ins and
// refused actions write audit entries too, but change no figure: they leave the version alone.
// While a figure is recomputed after a change, others may be served the kept one for a while.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/server/db-client";
import { createUnitAction, updateUnitAction } from "@/features/units/mutations";
import { verifyCredentials } from "@/server/verify-credentials";
import { dataVersion, memoize } from "@/features/dashboard/memo";
import { createTestDb } from "../helpers/test-db";
import { makeUser, runAs } from "../helpers/factories";

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => db.$disconnect());

describe("the dashboard's memo", () => {
  it("sees a new data version after any change made through the action path", async () => {
    const admin = await makeUser(db, "ADMIN");
    const before = await dataVersion(db);
    const result = await runAs(db, admin, createUnitAction, { name: "市版本测试局", kind: "ORGAN" });
    expect(result.ok).toBe(true);
    expect(await dataVersion(db)).toBeGreaterThan(before);
  });

  it("keeps the version through sign-ins, failed sign-ins and refused actions, and moves it on a save", async () => {
    const admin = await makeUser(db, "ADMIN", { password: "correct horse" });
    const liaison = await makeUser(db, "LIAISON");
    const unit = await runAs(db, admin, createUnitAction, { name: "市登录测试局", kind: "ORGAN" });
    if (!unit.ok) throw new Error(unit.error);
    const before = await dataVersion(db);
    const auditBefore = await db.auditEntry.count();

    expect(await verifyCredentials(db, { username: admin.username, password: "correct horse" })).not.toBeNull();
    expect(await verifyCredentials(db, { username: admin.username, password: "wrong" })).toBeNull();
    expect((await runAs(db, liaison, createUnitAction, { name: "越权单位", kind: "ORGAN" })).ok).toBe(false);
    expect(await db.auditEntry.count()).toBe(auditBefore + 3); // all three were recorded
    expect(await dataVersion(db)).toBe(before);

    const saved = await runAs(db, admin, updateUnitAction, { id: unit.data.id, name: "市登录测试局（改）", kind: "ORGAN" });
    expect(saved.ok).toBe(true);
    expect(await dataVersion(db)).toBeGreaterThan(before);
  });

  it("computes once per version, shares the result, and forgets failures", async () => {
    let runs = 0;
    const compute = async () => ++runs;
    const key = `test|${Math.random()}`;
    expect(await Promise.all([memoize(key, 1, compute).value, memoize(key, 1, compute).value])).toEqual([1, 1]);
    expect(await memoize(key, 1, compute).value).toBe(1);
    expect(await memoize(key, 2, compute).value).toBe(2);

    const failing = `fail|${Math.random()}`;
    await expect(memoize(failing, 1, async () => Promise.reject(new Error("database away"))).value).rejects.toThrow("database away");
    expect(await memoize(failing, 1, async () => "recovered").value).toBe("recovered");
  });

  it("after a change serves the kept figure within the window, recomputes it once from half the window, never for the writer nor past the window", async () => {
    const admin = await makeUser(db, "ADMIN");
    const key = `units|${Math.random()}`;
    let runs = 0;
    const countUnits = async () => {
      runs += 1;
      return db.unit.count();
    };
    const saveUnit = async (name: string) => {
      expect((await runAs(db, admin, createUnitAction, { name, kind: "ORGAN" })).ok).toBe(true);
      return dataVersion(db);
    };
    const anyone = { staleMs: 60_000, atLeastVersion: 0 };
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const t0 = Date.now();
      const before = await memoize(key, await dataVersion(db), countUnits, anyone).value;
      let version = await saveUnit("市缓存测试局一");

      // Within the first half of the window: the kept figure, marked with when it was computed.
      vi.setSystemTime(t0 + 10_000);
      const early = memoize(key, version, countUnits, anyone);
      expect([await early.value, early.asOf?.getTime(), runs]).toEqual([before, t0, 1]);

      // From half the window: still the kept figure, while one recomputation runs for all readers.
      vi.setSystemTime(t0 + 31_000);
      const readers = [memoize(key, version, countUnits, anyone), memoize(key, version, countUnits, anyone)];
      expect(await Promise.all(readers.map((r) => r.value))).toEqual([before, before]);
      // A reader who accepts only current figures (an export) shares that same recomputation.
      const current = memoize(key, version, countUnits, { staleMs: 0, atLeastVersion: 0 });
      expect([await current.value, current.asOf, runs]).toEqual([before + 1, null, 2]);
      const refreshed = memoize(key, version, countUnits, anyone);
      expect([await refreshed.value, refreshed.asOf, runs]).toEqual([before + 1, null, 2]);

      // The writer's browser asks for at least the version its write made: it waits for it.
      version = await saveUnit("市缓存测试局二");
      const writer = memoize(key, version, countUnits, { staleMs: 60_000, atLeastVersion: version });
      expect([await writer.value, writer.asOf, runs]).toEqual([before + 2, null, 3]);

      // Past the window nobody is shown the kept figure: they wait for the current one.
      version = await saveUnit("市缓存测试局三");
      vi.setSystemTime(t0 + 31_000 + 61_000);
      const late = memoize(key, version, countUnits, anyone);
      expect([await late.value, late.asOf, runs]).toEqual([before + 3, null, 4]);
    } finally {
      vi.useRealTimers();
    }
  });
});
