// 民主测评: one township's table saved at once, satisfied ≤ respondents refused beside each cell with
// nothing written, blank rows removing a village, only the department writing, and rates as sums
// over sums by village, township and overall, compared between rounds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { saveSurveyTownshipAction } from "@/features/surveys/mutations";
import { surveyRound, surveyRoundSummaries, townshipEntry } from "@/features/surveys/queries";
import { makeSurvey, makeTownship, makeUser, makeVillage, runAs, runOk } from "../helpers/factories";
import { createTestDb } from "../helpers/test-db";

let db: Db;
let admin: Awaited<ReturnType<typeof makeUser>>;
let townshipId: number;
let villages: { id: number }[];
beforeAll(async () => {
  db = await createTestDb();
  admin = await makeUser(db, "ADMIN");
  townshipId = (await makeTownship(db, "铁力镇")).id;
  villages = [await makeVillage(db, townshipId, "满天红村"), await makeVillage(db, townshipId, "新建村"), await makeVillage(db, townshipId, "东升村")];
});
afterAll(async () => db.$disconnect());

const cells = (villageId: number, respondents: string, org: string, pairing: string) => ({
  [`rows.${villageId}.respondents`]: respondents,
  [`rows.${villageId}.satisfiedVillageOrg`]: org,
  [`rows.${villageId}.satisfiedPairing`]: pairing,
});

const table = (extra: Record<string, string> = {}) => ({
  round: "2011-07",
  townshipId: String(townshipId),
  takenOn: "2011-07-12",
  ...cells(villages[0].id, "50", "49", "50"),
  ...cells(villages[1].id, "500", "400", "499"),
  ...cells(villages[2].id, "", "", ""),
  ...extra,
});

describe("entering a township's table", () => {
  it("saves every filled row, skips the blank one, and audits the township at once", async () => {
    const result = await runOk(db, admin, saveSurveyTownshipAction, table());
    expect(result).toEqual({ round: "2011-07", townshipId, villages: 2 });
    const rows = await db.survey.findMany({ where: { period: "2011-07" }, orderBy: { villageId: "asc" } });
    expect(rows.map((r) => [r.villageId, r.respondents, r.satisfiedVillageOrg, r.satisfiedPairing])).toEqual([
      [villages[0].id, 50, 49, 50],
      [villages[1].id, 500, 400, 499],
    ]);
    expect(await db.auditEntry.count({ where: { action: "survey.saveTownship", entityId: `2011-07:${townshipId}` } })).toBe(1);
  });

  it("refuses satisfied above respondents and half-filled rows beside each cell, keeping what was saved", async () => {
    const result = await runAs(db, admin, saveSurveyTownshipAction, table({ ...cells(villages[0].id, "50", "51", "50"), ...cells(villages[2].id, "80", "", "80") }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        [`rows.${villages[0].id}.satisfiedVillageOrg`]: "满意人数不能超过参评人数。",
        [`rows.${villages[2].id}.satisfiedVillageOrg`]: "此项为必填项。",
      },
    });
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors)).toHaveLength(2);
    expect((await db.survey.findMany({ where: { period: "2011-07", villageId: villages[0].id } }))[0].satisfiedVillageOrg).toBe(49);
    expect(await db.survey.count({ where: { villageId: villages[2].id } })).toBe(0);
  });

  it("needs the survey day inside the round's month, and the villages of that township", async () => {
    expect(await runAs(db, admin, saveSurveyTownshipAction, table({ takenOn: "2011-08-01" }))).toMatchObject({ ok: false, fieldErrors: { takenOn: "测评日期应在本轮测评月份（2011-07）内。" } });
    const elsewhere = await makeVillage(db, (await makeTownship(db)).id);
    expect(await runAs(db, admin, saveSurveyTownshipAction, table(cells(elsewhere.id, "10", "9", "9")))).toMatchObject({ ok: false, error: "表中有不属于该乡镇的村，请刷新页面后重新录入。" });
    expect(await runAs(db, admin, saveSurveyTownshipAction, table({ round: "2011-13" }))).toMatchObject({ ok: false, fieldErrors: { round: "请输入有效的月份。" } });
    expect(await db.survey.count({ where: { villageId: elsewhere.id } })).toBe(0);
  });

  it("removes a village's row when its cells are cleared, and refuses everyone but the department", async () => {
    await runOk(db, admin, saveSurveyTownshipAction, table(cells(villages[2].id, "30", "30", "29")));
    expect(await db.survey.count({ where: { period: "2011-07" } })).toBe(3);
    for (const role of ["LEADER", "LIAISON", "VILLAGE"] as const) {
      const user = await makeUser(db, role, role === "VILLAGE" ? { villageId: villages[0].id } : {});
      expect(await runAs(db, user, saveSurveyTownshipAction, table())).toMatchObject({ ok: false, error: "您没有权限进行此操作。" });
    }
    expect(await db.survey.count({ where: { period: "2011-07" } })).toBe(3);
    await runOk(db, admin, saveSurveyTownshipAction, table());
    expect(await db.survey.count({ where: { period: "2011-07" } })).toBe(2);
    const entry = await townshipEntry(db, "2011-07", townshipId, {});
    expect(entry?.villages.map((v) => [v.name, v.survey?.respondents ?? null])).toEqual([
      ["东升村", null],
      ["满天红村", 50],
      ["新建村", 500],
    ]);
  });
});

describe("rates", () => {
  it("are sums over sums by village, township and overall, and rounds compare", async () => {
    const other = await makeTownship(db, "年丰乡");
    const far = await makeVillage(db, other.id, "丰收村");
    await makeSurvey(db, { villageId: far.id, round: "2011-07", respondents: 450, satisfiedVillageOrg: 450, satisfiedPairing: 441 });
    await makeSurvey(db, { villageId: villages[0].id, round: "2010-12", respondents: 100, satisfiedVillageOrg: 80, satisfiedPairing: 90 });

    const july = await surveyRound(db, "2011-07", {}, {});
    // Tieli: 449 / 550 and 549 / 550; Nianfeng 450/450 and 441/450; overall 899/1000 and 990/1000.
    expect(july.byTownship.find((t) => t.townshipId === townshipId)).toMatchObject({ villages: 3, surveyed: 2, respondents: 550, orgRate: 81.64, pairingRate: 99.82 });
    expect(july.byTownship.find((t) => t.townshipId === other.id)).toMatchObject({ surveyed: 1, orgRate: 100, pairingRate: 98 });
    expect(july.overall).toMatchObject({ respondents: 1000, orgRate: 89.9, pairingRate: 99 });
    expect(july.villages.find((v) => v.villageId === villages[0].id)).toMatchObject({ orgRate: 98, pairingRate: 100 });

    const rounds = await surveyRoundSummaries(db, {});
    expect(rounds.map((r) => [r.round, r.villages, r.orgRate, r.pairingRate, r.orgChange, r.pairingChange])).toEqual([
      ["2011-07", 3, 89.9, 99, 9.9, 9],
      ["2010-12", 1, 80, 90, null, null],
    ]);
  });
});
