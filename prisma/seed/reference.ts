// The registers of the demo: townships, villages, units, the indicator catalogue, the demo users
// and the 76 pairings. Returns what the later builders need to know about each pairing.
import bcrypt from "bcryptjs";
import type { Tx } from "@/server/db-client";
import { fromShanghaiDay } from "@/lib/dates";
import { ensureRegion, ensureTieliRegions } from "@/server/regions";
import { JIAYIN_REGION } from "./jiayin";
import { pinyinSortKey } from "@/lib/pinyin";
import { unitSearchText } from "@/features/units/search-text";
import { villageSearchText } from "@/features/villages/search-text";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import type { IndicatorCode } from "./source-figures";
import { Rng } from "./random";
import { FIRST_CAMPAIGN } from "./data/campaigns";
import { INDICATORS } from "./data/indicators";
import { CONTACT_LEADERS } from "./data/people";
import { STORY_PAIRINGS } from "./data/stories";
import { TOWNSHIP_CENTRES, TOWNSHIPS } from "./data/townships";
import { UNITS } from "./data/units";
import { VILLAGES } from "./data/villages";

/** When the campaign team set the registers up, a week before the launch. */
export const SETUP_AT = new Date(fromShanghaiDay("2010-05-25").getTime() + 9.5 * 3_600_000);
const CAMPAIGN_END = FIRST_CAMPAIGN.end;

// A fixed bcrypt salt keeps the seeded rows identical from run to run. Acceptable only because
// these are public demo accounts whose password is printed on start-up anyway.
const DEMO_SALT = "$2b$10$TieliGongjianDemoSeed.";

export type SeedPairing = {
  id: number;
  unitId: number;
  unitName: string;
  unitPartyOrg: string;
  unitMembers: number;
  villageId: number;
  villageName: string;
  township: string;
  /** Shanghai day the pairing started. */
  start: string;
  /** Last day the pairing did anything: the campaign end, or earlier for dormant pairings. */
  lastDay: string;
  /** How active the pairing is, relative to the others (picked more often for activities). */
  weight: number;
  /** Who records its ledger: the unit's liaison when it has one, else the admin. */
  recorderId: number;
  contactLeader: string | null;
  contactLeaderUserId: number | null;
};

export type SeedContext = {
  /** 铁力市 (the campaign's), 伊春市 above it and 嘉荫县 beside it. */
  regionIds: { tieli: number; yichun: number; jiayin: number };
  adminId: number;
  leaderId: number;
  villageUserId: number;
  villageUserVillageId: number;
  indicatorIds: Record<IndicatorCode, number>;
  pairings: SeedPairing[];
  byUnit(name: string): SeedPairing;
};

const stamps = { createdAt: SETUP_AT, updatedAt: SETUP_AT };

export async function seedReference(tx: Tx, rng: Rng): Promise<SeedContext> {
  const tree = await ensureTieliRegions(tx);
  const jiayin = await ensureRegion(tx, JIAYIN_REGION, "COUNTY", tree.prefecture);
  const regionIds = { tieli: tree.county.id, yichun: tree.prefecture.id, jiayin: jiayin.id };
  const regionOf = new Map([["铁力市", tree.county.id], ["伊春市", tree.prefecture.id], [JIAYIN_REGION, jiayin.id]]);
  const regionId = tree.county.id;
  await tx.township.createMany({ data: TOWNSHIPS.map((name, sortOrder) => ({ name, regionId, sortOrder, sortKey: pinyinSortKey(name), ...stamps })) });
  const townshipIds = new Map((await tx.township.findMany()).map((t) => [t.name, t.id]));

  const units = await tx.unit.createManyAndReturn({
    data: UNITS.map((u) => ({ ...u, regionId, searchText: unitSearchText(u), sortKey: pinyinSortKey(u.name), ...stamps })),
    select: { id: true, name: true },
  });
  const unitIds = new Map(units.map((u) => [u.name, u.id]));

  // Its own generator, so placing the villages reshuffles none of the other demo data.
  const places = new Rng(20100607);
  const villages = await tx.village.createManyAndReturn({
    data: VILLAGES.map(({ township, ...v }) => ({
      ...v,
      // Within about 6 km of the township's centre, to five decimals (about a metre).
      latitude: round5(TOWNSHIP_CENTRES[township].latitude + (places.next() - 0.5) * 0.1),
      longitude: round5(TOWNSHIP_CENTRES[township].longitude + (places.next() - 0.5) * 0.15),
      townshipId: need(townshipIds.get(township), township),
      searchText: villageSearchText(v.name, township, v.secretary),
      sortKey: pinyinSortKey(v.name),
      ...stamps,
    })),
    select: { id: true, name: true, townshipId: true },
  });
  const villageKey = (townshipId: number, name: string) => `${townshipId}/${name}`;
  const villageIds = new Map(villages.map((v) => [villageKey(v.townshipId, v.name), v.id]));
  const villageIdOf = (township: string, name: string) => need(villageIds.get(villageKey(need(townshipIds.get(township), township), name)), name);

  const indicators = await tx.indicator.createManyAndReturn({
    data: INDICATORS.map((indicator, index) => ({ ...indicator, sortOrder: (index + 1) * 10, ...stamps })),
    select: { id: true, code: true },
  });
  const indicatorIds = Object.fromEntries(indicators.map((i) => [i.code, i.id])) as Record<IndicatorCode, number>;

  const passwordHash = bcrypt.hashSync(DEMO_PASSWORD, DEMO_SALT);
  const userIds = new Map<string, number>();
  for (const account of DEMO_ACCOUNTS) {
    const user = await tx.user.create({
      data: {
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        unitId: account.unit ? need(unitIds.get(account.unit), account.unit) : null,
        villageId: account.village ? villageIdOf(account.village.township, account.village.name) : null,
        // The organization department and leaders belong to a region: 铁力市 unless the account says otherwise.
        regionId: account.role === "ADMIN" || account.role === "LEADER" ? need(regionOf.get(account.region ?? "铁力市"), account.region ?? "铁力市") : null,
        passwordHash,
        ...stamps,
      },
    });
    userIds.set(account.username, user.id);
  }
  const adminId = need(userIds.get("admin"), "admin");
  const leaderId = need(userIds.get("leader"), "leader");
  const liaisonByUnit = new Map(DEMO_ACCOUNTS.filter((a) => a.unit).map((a) => [a.unit, need(userIds.get(a.username), a.username)]));
  const villageAccount = need(DEMO_ACCOUNTS.find((a) => a.role === "VILLAGE")?.village, "village account");

  const campaign = await tx.campaign.create({
    data: { name: FIRST_CAMPAIGN.name, regionId, startsOn: fromShanghaiDay(FIRST_CAMPAIGN.start), endsOn: fromShanghaiDay(FIRST_CAMPAIGN.end), surveyPeriod: FIRST_CAMPAIGN.surveyPeriod, ...stamps },
  });
  const plans = planPairings(rng);
  const created = await tx.pairing.createManyAndReturn({
    data: plans.map((p) => {
      const unitId = need(unitIds.get(p.unit), p.unit);
      const villageId = villageIdOf(p.township, p.village);
      return {
        campaignId: campaign.id,
        unitId,
        villageId,
        startDate: fromShanghaiDay(p.start),
        status: "ACTIVE" as const,
        activeKey: `${unitId}:${villageId}`,
        goals: p.goals,
        contactLeaderName: p.contactLeader ?? "",
        contactLeaderId: p.contactLeader === CONTACT_LEADERS[0] ? leaderId : null,
        ...stamps,
      };
    }),
    select: { id: true, unitId: true, villageId: true, contactLeaderId: true },
  });
  const unitById = new Map(UNITS.map((u) => [need(unitIds.get(u.name), u.name), u]));
  const planByUnit = new Map(plans.map((p) => [p.unit, p]));
  const pairings: SeedPairing[] = created.map((row) => {
    const unit = need(unitById.get(row.unitId), `unit ${row.unitId}`);
    const plan = need(planByUnit.get(unit.name), unit.name);
    return {
      id: row.id,
      unitId: row.unitId,
      unitName: unit.name,
      unitPartyOrg: unit.partyOrgName,
      unitMembers: unit.memberCount,
      villageId: row.villageId,
      villageName: plan.village,
      township: plan.township,
      start: plan.start,
      lastDay: plan.lastDay,
      weight: plan.weight,
      recorderId: liaisonByUnit.get(unit.name) ?? adminId,
      contactLeader: plan.contactLeader,
      contactLeaderUserId: row.contactLeaderId,
    };
  });
  // Keep the builders' order independent of the order the database returned the rows in.
  pairings.sort((a, b) => a.id - b.id);
  const byUnitName = new Map(pairings.map((p) => [p.unitName, p]));

  return {
    regionIds,
    adminId,
    leaderId,
    villageUserId: need(userIds.get("village"), "village"),
    villageUserVillageId: villageIdOf(villageAccount.township, villageAccount.name),
    indicatorIds,
    pairings,
    byUnit: (name) => need(byUnitName.get(name), name),
  };
}

type PairingPlan = {
  unit: string;
  township: string;
  village: string;
  start: string;
  lastDay: string;
  weight: number;
  goals: string;
  contactLeader: string | null;
};

// Who pairs with whom, how active each pair is, which pairs fell asleep, who their contact leader is.
function planPairings(rng: Rng): PairingPlan[] {
  const storyUnits = new Set(STORY_PAIRINGS.map((s) => s.unit));
  const storyVillages = new Set(STORY_PAIRINGS.map((s) => `${s.township}/${s.village}`));
  const units = rng.shuffle(UNITS.filter((u) => !storyUnits.has(u.name)));
  const villages = rng.shuffle(VILLAGES.filter((v) => !storyVillages.has(`${v.township}/${v.name}`)));

  const plans: PairingPlan[] = STORY_PAIRINGS.map((s, index) => ({
    unit: s.unit,
    township: s.township,
    village: s.village,
    start: "2010-06-01",
    lastDay: CAMPAIGN_END,
    weight: 3.2,
    goals: s.goals,
    contactLeader: index === 0 ? CONTACT_LEADERS[0] : null,
  }));

  // Activity tiers: a dozen model pairs, a broad middle, and a tail that does the minimum.
  const tierWeight = (rank: number) => (rank < 12 ? 3.2 : rank < 36 ? 1.5 : rank < 64 ? 0.8 : 0.35);
  // Six of the weakest fall silent in early summer 2011, 60+ days before the campaign closes.
  const dormantRanks = new Set(rng.shuffle([60, 62, 64, 65, 67, 68, 70, 71, 72, 73]).slice(0, 6));
  // About a third get a 市委常委 as contact leader (联系点).
  const contactRanks = new Set(rng.shuffle(units.map((_, rank) => rank)).slice(0, 24));
  let leaderTurn = 0;

  units.forEach((unit, rank) => {
    const village = villages[rank];
    const lateStart = rank % 13 === 5;
    plans.push({
      unit: unit.name,
      township: village.township,
      village: village.name,
      start: lateStart ? rng.day("2010-06-07", "2010-06-20") : "2010-06-01",
      lastDay: dormantRanks.has(rank) ? rng.day("2011-05-20", "2011-06-25") : CAMPAIGN_END,
      weight: tierWeight(rank),
      goals: goalsFor(rng, unit.name, village.name),
      contactLeader: contactRanks.has(rank) ? CONTACT_LEADERS[leaderTurn++ % CONTACT_LEADERS.length] : null,
    });
  });
  return plans;
}

const FOCUSES = ["村级组织建设", "党员队伍建设", "特色产业发展", "基础设施建设", "农民增收", "村容村貌整治", "农村实用人才培养", "困难群众帮扶"];
const TARGETS = [
  "每年为村里办实事好事不少于10件",
  "村集体经济收入年增长10%以上",
  "帮助村里建成一个特色产业示范点",
  "推动村党组织晋位升级",
  "贫困户人均纯收入明显提高",
];

function goalsFor(rng: Rng, unit: string, village: string): string {
  const [first, second] = rng.shuffle(FOCUSES);
  return `围绕“六联六共”，${unit}与${village}重点在${first}和${second}两方面开展共建，${rng.pick(TARGETS)}。`;
}

function need<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`demo seed: missing ${what}`);
  return value;
}

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
