// `npm start` on a database that holds data but not the demo (a real campaign's, or the benchmark's
// generated province): it is served as it is. The demo would collide with it (the same indicator
// codes), so none is seeded and nothing is changed but the missing pinyin sort keys.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { INDICATORS } from "../../prisma/seed/data/indicators";
import { prepareForServing } from "../../prisma/seed/prepare";
import { createTestDbUrl } from "../helpers/test-db";
import { createDb } from "@/server/db-client";
import { makeActivity, makeIndicator, makePairing, makeUnit, makeVillage } from "../helpers/factories";

let db: Db;
let url: string;
beforeAll(async () => {
  url = await createTestDbUrl();
  db = createDb(url);
});
afterAll(async () => db.$disconnect());

describe("preparing a database with other data for serving", () => {
  it("seeds no demo, keeps every record and only fills the missing sort keys", async () => {
    const indicator = await makeIndicator(db, { code: INDICATORS[0].code, labelZh: "本地的同名指标" });
    const unit = await makeUnit(db, { name: "某县农业局" });
    const village = await makeVillage(db, undefined, "前进村");
    const pairing = await makePairing(db, unit.id, village.id);
    await makeActivity(db, { pairingId: pairing.id, status: "VERIFIED", values: { [indicator.id]: 3 } });
    const counts = async () => ({
      users: await db.user.count(),
      units: await db.unit.count(),
      indicators: await db.indicator.count(),
      activities: await db.activity.count(),
      audit: await db.auditEntry.count(),
    });
    const before = await counts();

    expect(await prepareForServing(db, url)).toEqual({ demo: "otherData", sortKeysFilled: 3 });
    expect(await counts()).toEqual(before);
    expect((await db.indicator.findUniqueOrThrow({ where: { code: INDICATORS[0].code } })).labelZh).toBe("本地的同名指标");
    expect((await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).sortKey).not.toBe("");

    // A second start finds nothing left to do.
    expect(await prepareForServing(db, url)).toEqual({ demo: "otherData", sortKeysFilled: 0 });
  });
});
