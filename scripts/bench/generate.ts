// The benchmark's generator: one deterministic stream of rows for both engines (the sinks only
// write them), so SQLite and PostgreSQL are measured on the same data — all 21 indicators, the
// same activities (the dashboard's aggregates are rebuilt from them afterwards, scripts/bench-data.ts). A province of counties (scripts/bench/regions.ts): each county
// has its townships, units and villages, and its own campaign; every pairing, inspection and
// rectification stays within one county, as the app requires (a pairing never crosses regions).
import bcrypt from "bcryptjs";
import { CONTENT_AREAS } from "../../src/lib/content-areas";
import { addDays, fromShanghaiDay } from "../../src/lib/dates";
import { pinyinSortKey } from "../../src/lib/pinyin";
import { INDICATORS } from "../../prisma/seed/data/indicators";
import { Rng } from "../../prisma/seed/random";
import { type BenchCounty, benchRegions, block, blockOf, MIGRATED_REGION_IDS } from "./regions";
import { BENCH_ADMIN, BENCH_CAMPAIGN, BENCH_COUNTY_ADMIN, BENCH_LIAISONS, BENCH_PASSWORD, BENCH_PREFECTURE_ADMIN, benchLiaison, type Scale } from "./scale";

export type Cell = string | number | boolean | Date | null;
export type Sink = { insert(table: string, columns: string[], rows: Cell[][]): Promise<void> };

const START = fromShanghaiDay(BENCH_CAMPAIGN.from);
const END = fromShanghaiDay(BENCH_CAMPAIGN.to);
const DAYS = Math.round((END.getTime() - START.getTime()) / 86_400_000) + 1;
/** Halfway through, every village changes partner: its first pairing ends, a second begins. */
const SWITCH = addDays(START, Math.floor(DAYS / 2));
const NOW = new Date("2025-01-01T00:00:00Z");
const BATCH = 20_000;

/** Every third county (铁力市 among them) starts a second round at the switch, re-pairing the same units and villages. */
const hasSecondRound = (county: BenchCounty) => county.index % 3 === 0;
/** Campaign ids by county and round, the same at both scales. */
const campaignId = (county: BenchCounty, round: 1 | 2) => 2 * county.index + round;

export async function generate(scale: Scale, sink: Sink, log: (line: string) => void): Promise<Record<string, number>> {
  const rng = new Rng(20_200_101);
  const counts: Record<string, number> = {};
  const put = async (table: string, columns: string[], rows: Cell[][]) => {
    await sink.insert(table, columns, rows);
    counts[table] = (counts[table] ?? 0) + rows.length;
  };
  const { all: regions, counties } = benchRegions(scale);
  const layout = villageLayout(scale, counties);
  const day = () => addDays(START, rng.int(0, DAYS - 1));
  /** The village's pairing in effect on `date`: its first until the switch, its second after. */
  const pairingOn = (village: number, date: Date) => (date < SWITCH ? village : scale.villages + village);
  /** Any pairing of a county. */
  const pairingIn = (county: BenchCounty) => {
    const { first, last } = block(scale.villages, counties.length, county.index);
    return pairingOn(rng.int(first, last), day());
  };

  const named = (name: string) => [name, pinyinSortKey(name)];
  await put("Region", ["id", "name", "sortKey", "level", "parentId", "path", "updatedAt"], regions.filter((r) => !MIGRATED_REGION_IDS.has(r.id)).map((r) => [r.id, ...named(r.name), r.level, r.parentId, r.path, NOW]));
  await put("Township", ["id", "name", "sortKey", "regionId", "sortOrder", "updatedAt"], counties.flatMap((county) =>
    range(scale.townshipsPerCounty, (t) => [county.index * scale.townshipsPerCounty + t, ...named(`${county.name.slice(0, 2)}第${t}镇`), county.id, t, NOW]),
  ));
  await put("Unit", ["id", "name", "sortKey", "regionId", "searchText", "kind", "updatedAt"], range(scale.units, (u) => {
    // Names repeat from county to county ("市农业局" exists in every city): unique within the region only.
    const county = counties[blockOf(scale.units, counties.length, u)];
    const name = `直属单位${u - block(scale.units, counties.length, county.index).first + 1}`;
    return [u, ...named(name), county.id, name, "ORGAN", NOW];
  }));
  await put("Village", ["id", "name", "sortKey", "searchText", "townshipId", "updatedAt"], range(scale.villages, (v) => [v, ...named(layout[v].name), layout[v].name, layout[v].townshipId, NOW]));
  await put("Campaign", ["id", "name", "regionId", "startsOn", "endsOn", "surveyPeriod", "updatedAt"], counties.flatMap((county) =>
    hasSecondRound(county)
      ? [
          [campaignId(county, 1), "结对共建（第一轮）", county.id, START, addDays(SWITCH, -1), null, NOW],
          [campaignId(county, 2), "结对共建（第二轮）", county.id, SWITCH, END, "2024-07", NOW],
        ]
      : [[campaignId(county, 1), "城乡结对共建", county.id, START, END, "2024-07", NOW]],
  ));
  await put("Pairing", ["id", "campaignId", "unitId", "villageId", "startDate", "endDate", "status", "activeKey", "updatedAt"], [
    ...range(scale.villages, (v) => [v, campaignId(layout[v].county, 1), v, v, START, addDays(SWITCH, -1), "ENDED", null, NOW]),
    ...range(scale.villages, (v) => {
      const { county } = layout[v];
      // A second round pairs the same unit and village again; otherwise the village's next unit of its county takes over.
      const unit = hasSecondRound(county) ? v : layout[v].nextUnit;
      return [scale.villages + v, campaignId(county, hasSecondRound(county) ? 2 : 1), unit, v, SWITCH, null, "ACTIVE", `${unit}:${v}`, NOW];
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
      return [first + i - 1, pairingOn(rng.int(1, scale.villages), date), date, "县领导", NOW];
    }));
  }
  // Each inspection is one county's: it covers 1–3 of that county's pairings.
  const inspectionCounty = range(scale.inspections, () => rng.pick(counties));
  await put("Inspection", ["id", "date", "kind", "inspectors", "updatedAt"], range(scale.inspections, (i) => [i, day(), rng.pick(["PATROL", "FOLLOW_UP", "SPECIAL"]), "督查组", NOW]));
  const covered = new Set<string>();
  for (let i = 1; i <= scale.inspections; i++) for (let k = rng.int(1, 3); k > 0; k--) covered.add(`${i}|${pairingIn(inspectionCounty[i - 1])}`);
  await put("InspectionPairing", ["inspectionId", "pairingId"], [...covered].map((key) => key.split("|").map(Number)));
  await put("Rectification", ["id", "inspectionId", "pairingId", "description", "dueDate", "status", "updatedAt"], range(Math.ceil(scale.inspections / 2), (i) => {
    const inspection = rng.int(1, scale.inspections);
    return [i, inspection, pairingIn(inspectionCounty[inspection - 1]), "整改事项", day(), rng.pick(["OPEN", "IN_PROGRESS", "CLOSED", "CLOSED"]), NOW];
  }));
  await put("Survey", ["villageId", "period", "takenOn", "respondents", "satisfiedVillageOrg", "satisfiedPairing", "updatedAt"], range(scale.villages * 2, (i) => {
    const village = Math.ceil(i / 2);
    const [period, takenOn] = i % 2 ? ["2022-12", "2022-12-15"] : ["2024-07", "2024-07-15"];
    const respondents = rng.int(80, 160);
    return [village, period, fromShanghaiDay(takenOn), respondents, respondents - rng.int(0, 8), respondents - rng.int(0, 6), NOW];
  }));

  return counts;
}

type VillagePlace = { county: BenchCounty; townshipId: number; name: string; nextUnit: number };

/**
 * Where each village lies (index = village id): units and villages are split into the same blocks per
 * county (unit n and village n share a county), a county's villages go round its townships, and the
 * village's "next unit" is the following unit of the same county (its partner after the switch).
 */
function villageLayout(scale: Scale, counties: BenchCounty[]): VillagePlace[] {
  const places: VillagePlace[] = [];
  for (const county of counties) {
    const { first, last } = block(scale.villages, counties.length, county.index);
    for (let v = first; v <= last; v++) {
      const local = v - first;
      const township = local % scale.townshipsPerCounty;
      places[v] = {
        county,
        townshipId: county.index * scale.townshipsPerCounty + township + 1,
        name: `新村${Math.floor(local / scale.townshipsPerCounty) + 1}`,
        nextUnit: v === last ? first : v + 1,
      };
    }
  }
  return places;
}

/**
 * The organization departments of the province, of 伊春市 and of 铁力市; a provincial leader; one
 * liaison for each of the first units (all in 铁力市): the load test signs in as them.
 */
async function putUsers(scale: Scale, put: (table: string, columns: string[], rows: Cell[][]) => Promise<void>) {
  const passwordHash = await bcrypt.hash(BENCH_PASSWORD, 10);
  const account = (id: number, username: string, role: string, unitId: number | null, regionId: number | null): Cell[] => [id, username, username, role, unitId, regionId, passwordHash, NOW, NOW];
  await put("User", ["id", "username", "displayName", "role", "unitId", "regionId", "passwordHash", "passwordChangedAt", "updatedAt"], [
    account(1, BENCH_ADMIN, "ADMIN", null, 1),
    account(2, "bench-leader", "LEADER", null, 1),
    // Liaison n speaks for unit n, which has one active pairing (see the pairings above).
    ...range(Math.min(BENCH_LIAISONS, scale.units), (n) => account(2 + n, benchLiaison(n), "LIAISON", n, null)),
    account(3 + BENCH_LIAISONS, BENCH_PREFECTURE_ADMIN, "ADMIN", null, 2),
    account(4 + BENCH_LIAISONS, BENCH_COUNTY_ADMIN, "ADMIN", null, 3),
  ]);
}

function range<T>(n: number, row: (i: number) => T): T[] {
  return Array.from({ length: n }, (_, k) => row(k + 1));
}
