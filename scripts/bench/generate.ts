// The benchmark's generator: one deterministic stream of rows for both engines (the sinks only
// write them), so SQLite and PostgreSQL are measured on the same data — all 21 indicators, the
// same activities (the dashboard's aggregates are rebuilt from them afterwards: scripts/bench-data.ts). Each table's rows are built in one function below; a new
// dimension (a region on units and villages, a campaign on pairings) is a column added there.
import bcrypt from "bcryptjs";
import { CONTENT_AREAS } from "../../src/lib/content-areas";
import { addDays, fromShanghaiDay } from "../../src/lib/dates";
import { pinyinSortKey } from "../../src/lib/pinyin";

/** 铁力市, which the regions migration creates with this id. */
const BENCH_REGION_ID = 3;
const BENCH_CAMPAIGN_ID = 1;
import { INDICATORS } from "../../prisma/seed/data/indicators";
import { Rng } from "../../prisma/seed/random";
import { BENCH_ADMIN, BENCH_CAMPAIGN, BENCH_LIAISONS, BENCH_PASSWORD, benchLiaison, type Scale } from "./scale";

export type Cell = string | number | boolean | Date | null;
export type Sink = { insert(table: string, columns: string[], rows: Cell[][]): Promise<void> };

const START = fromShanghaiDay(BENCH_CAMPAIGN.from);
const DAYS = Math.round((fromShanghaiDay(BENCH_CAMPAIGN.to).getTime() - START.getTime()) / 86_400_000) + 1;
/** Halfway through, every village changes partner unit: the first pairing ends, a second begins. */
const SWITCH = addDays(START, Math.floor(DAYS / 2));
const NOW = new Date("2025-01-01T00:00:00Z");
const BATCH = 20_000;

export async function generate(scale: Scale, sink: Sink, log: (line: string) => void): Promise<Record<string, number>> {
  const rng = new Rng(20_200_101);
  const counts: Record<string, number> = {};
  const put = async (table: string, columns: string[], rows: Cell[][]) => {
    await sink.insert(table, columns, rows);
    counts[table] = (counts[table] ?? 0) + rows.length;
  };
  const townshipOf = (village: number) => ((village - 1) % scale.townships) + 1;
  const day = () => addDays(START, rng.int(0, DAYS - 1));
  /** The village's pairing in effect on `date`. */
  const pairingOn = (village: number, date: Date) => (date < SWITCH ? village : scale.villages + village);
  const anyPairing = () => rng.int(1, scale.pairings);

  const named = (name: string) => [name, pinyinSortKey(name)];
  // One flat city for now, in the region the migration creates (铁力市, id 3); a region tree is the province-scale work's.
  await put("Township", ["id", "name", "sortKey", "regionId", "sortOrder", "updatedAt"], range(scale.townships, (i) => [i, ...named(`第${i}乡镇`), BENCH_REGION_ID, i, NOW]));
  await put("Unit", ["id", "name", "sortKey", "regionId", "searchText", "kind", "updatedAt"], range(scale.units, (i) => [i, ...named(`市直单位${i}`), BENCH_REGION_ID, `市直单位${i}`, "ORGAN", NOW]));
  await put("Village", ["id", "name", "sortKey", "searchText", "townshipId", "updatedAt"], range(scale.villages, (i) => [i, ...named(`新村${i}`), `新村${i}`, townshipOf(i), NOW]));
  // One campaign of that region spans the data; both pairings of a village belong to it.
  await put("Campaign", ["id", "name", "regionId", "startsOn", "endsOn", "updatedAt"], [[BENCH_CAMPAIGN_ID, "基准测试结对共建", BENCH_REGION_ID, START, fromShanghaiDay(BENCH_CAMPAIGN.to), NOW]]);
  await put("Pairing", ["id", "campaignId", "unitId", "villageId", "startDate", "endDate", "status", "activeKey", "updatedAt"], [
    ...range(scale.villages, (v) => [v, BENCH_CAMPAIGN_ID, v, v, START, addDays(SWITCH, -1), "ENDED", null, NOW]),
    ...range(scale.villages, (v) => {
      const unit = (v % scale.units) + 1;
      return [scale.villages + v, BENCH_CAMPAIGN_ID, unit, v, SWITCH, null, "ACTIVE", `${unit}:${v}`, NOW];
    }),
  ]);
  await put("Indicator", ["id", "code", "labelZh", "labelEn", "unitZh", "unitEn", "group", "isMoney", "sortOrder", "updatedAt"], INDICATORS.map((ind, i) => [i + 1, ind.code, ind.labelZh, ind.labelEn, ind.unitZh, ind.unitEn, ind.group, ind.isMoney, i * 10, NOW]));
  await putUsers(scale, put);

  for (let first = 1; first <= scale.activities; first += BATCH) {
    const activities: Cell[][] = [];
    const values: Cell[][] = [];
    for (let id = first; id < Math.min(first + BATCH, scale.activities + 1); id++) {
      const date = day();
      const pairingId = pairingOn(rng.int(1, scale.villages), date);
      const roll = rng.next();
      const status = roll < 0.9 ? "VERIFIED" : roll < 0.94 ? "SUBMITTED" : roll < 0.97 ? "DRAFT" : "RETURNED";
      const submittedAt = status === "DRAFT" ? null : new Date(date.getTime() + rng.int(1, 96) * 3_600_000);
      const verifiedAt = status === "VERIFIED" ? new Date(submittedAt!.getTime() + rng.int(1, 72) * 3_600_000) : null;
      const confirmation = status === "VERIFIED" && rng.chance(0.8) ? "CONFIRMED" : "PENDING";
      activities.push([id, pairingId, rng.pick(CONTENT_AREAS), date, `活动${id}`, status, submittedAt, verifiedAt, confirmation, NOW, NOW]);
      // 1–5 distinct indicators (3 on average), chosen by a stride prime to 21 so all 21 appear.
      const n = rng.int(1, 5);
      const firstIndicator = rng.int(0, INDICATORS.length - 1);
      for (let k = 0; k < n; k++) {
        const indicatorId = ((firstIndicator + k * 8) % INDICATORS.length) + 1;
        const value = INDICATORS[indicatorId - 1].isMoney ? rng.int(1, 50) * 1000 : rng.int(1, 20);
        values.push([id, indicatorId, value]);
      }
    }
    await put("Activity", ["id", "pairingId", "area", "date", "title", "status", "submittedAt", "verifiedAt", "confirmation", "createdAt", "updatedAt"], activities);
    await put("ActivityIndicatorValue", ["activityId", "indicatorId", "value"], values);
    log(`activities ${(first + activities.length - 1).toLocaleString("en")} / ${scale.activities.toLocaleString("en")}`);
  }

  for (let first = 1; first <= scale.pledges; first += BATCH) {
    await put("Pledge", ["id", "pairingId", "pledgerName", "content", "dueDate", "status", "updatedAt"], range(Math.min(BATCH, scale.pledges - first + 1), (i) => {
      const due = day();
      return [first + i - 1, pairingOn(rng.int(1, scale.villages), due), "党员", `承诺事项${first + i - 1}`, due, rng.pick(["PROMISED", "IN_PROGRESS", "FULFILLED", "FULFILLED", "FULFILLED"]), NOW];
    }));
  }
  for (let first = 1; first <= scale.leaderVisits; first += BATCH) {
    await put("LeaderVisit", ["id", "pairingId", "date", "leaderName", "updatedAt"], range(Math.min(BATCH, scale.leaderVisits - first + 1), (i) => {
      const date = day();
      return [first + i - 1, pairingOn(rng.int(1, scale.villages), date), date, "市领导", NOW];
    }));
  }
  await put("Inspection", ["id", "date", "kind", "inspectors", "updatedAt"], range(scale.inspections, (i) => [i, day(), rng.pick(["PATROL", "FOLLOW_UP", "SPECIAL"]), "督查组", NOW]));
  const covered = new Set<string>();
  for (let i = 1; i <= scale.inspections; i++) for (let k = rng.int(1, 3); k > 0; k--) covered.add(`${i}|${anyPairing()}`);
  await put("InspectionPairing", ["inspectionId", "pairingId"], [...covered].map((key) => key.split("|").map(Number)));
  await put("Rectification", ["id", "inspectionId", "pairingId", "description", "dueDate", "status", "updatedAt"], range(Math.ceil(scale.inspections / 2), (i) => [i, rng.int(1, scale.inspections), anyPairing(), "整改事项", day(), rng.pick(["OPEN", "IN_PROGRESS", "CLOSED", "CLOSED"]), NOW]));
  await put("Survey", ["villageId", "period", "takenOn", "respondents", "satisfiedVillageOrg", "satisfiedPairing", "updatedAt"], range(scale.villages * 2, (i) => {
    const village = Math.ceil(i / 2);
    const [period, takenOn] = i % 2 ? ["2022-12", "2022-12-15"] : ["2024-07", "2024-07-15"];
    const respondents = rng.int(80, 160);
    return [village, period, fromShanghaiDay(takenOn), respondents, respondents - rng.int(0, 8), respondents - rng.int(0, 6), NOW];
  }));
  return counts;
}

/** An administrator, a city leader, and one liaison per unit of the first few: the load test signs in as them. */
async function putUsers(scale: Scale, put: (table: string, columns: string[], rows: Cell[][]) => Promise<void>) {
  const passwordHash = await bcrypt.hash(BENCH_PASSWORD, 10);
  const account = (id: number, username: string, role: string, unitId: number | null): Cell[] => [id, username, username, role, unitId, unitId === null ? BENCH_REGION_ID : null, passwordHash, NOW, NOW];
  await put("User", ["id", "username", "displayName", "role", "unitId", "regionId", "passwordHash", "passwordChangedAt", "updatedAt"], [
    account(1, BENCH_ADMIN, "ADMIN", null),
    account(2, "bench-leader", "LEADER", null),
    // Liaison n speaks for unit n, which has one active pairing (see the pairings above).
    ...range(Math.min(BENCH_LIAISONS, scale.units), (n) => account(2 + n, benchLiaison(n), "LIAISON", n)),
  ]);
}

function range<T>(n: number, row: (i: number) => T): T[] {
  return Array.from({ length: n }, (_, k) => row(k + 1));
}
