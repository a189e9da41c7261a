// 嘉荫县, Tieli's neighbouring county under 伊春市, with a small campaign of its own (issue 16;
// 嘉荫县城乡结对共建, 2011-03-01 – 2012-02-29): a few units, townships, villages and pairings and some
// verified activities, so that the region scope and the prefecture's comparison can be seen. None
// of it touches 铁力市's records, whose figures are the source report's (tests count 铁力市's only).
import type { Tx } from "@/server/db-client";
import { fromShanghaiDay } from "@/lib/dates";
import { pinyinSortKey } from "@/lib/pinyin";
import { unitSearchText } from "@/features/units/search-text";
import { villageSearchText } from "@/features/villages/search-text";
import { JIAYIN_CAMPAIGN } from "./data/campaigns";
import type { SeedContext } from "./reference";
import type { IndicatorCode } from "./source-figures";

export const JIAYIN_REGION = "嘉荫县";

const TOWNSHIPS = ["朝阳镇", "乌云镇"] as const;
const PAIRS = [
  { unit: "县农业局", secretary: "孙立新", township: "朝阳镇", village: "东胜村" },
  { unit: "县水务局", secretary: "马文军", township: "朝阳镇", village: "红光村" },
  { unit: "县林业局", secretary: "高志远", township: "乌云镇", village: "前进村" },
] as const;
const ACTIVITIES: { pair: number; day: string; area: "ORG_LIFE" | "MASS_SERVICE" | "DEVELOPMENT"; title: string; values: Partial<Record<IndicatorCode, number>> }[] = [
  { pair: 0, day: "2011-04-12", area: "DEVELOPMENT", title: "黑木耳种植技术培训", values: { tech_to_village_events: 1 } },
  { pair: 0, day: "2011-06-08", area: "MASS_SERVICE", title: "走访慰问困难户", values: { poor_households_visited: 6, condolence_money: 1_800 } },
  { pair: 1, day: "2011-05-20", area: "ORG_LIFE", title: "联合召开组织生活会", values: { joint_democratic_meetings: 1 } },
  { pair: 2, day: "2011-07-03", area: "MASS_SERVICE", title: "为村民代办林权证", values: { proxy_services: 9 } },
];

const stamp = (day: string) => new Date(fromShanghaiDay(day).getTime() + 10 * 3_600_000);

/** Its townships, villages, units, pairings and verified activities; `regionId` is 嘉荫县's. */
export async function seedJiayin(tx: Tx, ctx: SeedContext, regionId: number, adminId: number) {
  const setup = { createdAt: stamp("2011-03-01"), updatedAt: stamp("2011-03-01") };
  const townshipIds = new Map<string, number>();
  for (const [sortOrder, name] of TOWNSHIPS.entries()) {
    const t = await tx.township.create({ data: { name, regionId, sortOrder, sortKey: pinyinSortKey(name), ...setup } });
    townshipIds.set(name, t.id);
  }
  const campaign = await tx.campaign.create({
    data: { name: JIAYIN_CAMPAIGN.name, regionId, startsOn: fromShanghaiDay(JIAYIN_CAMPAIGN.start), endsOn: fromShanghaiDay(JIAYIN_CAMPAIGN.end), surveyPeriod: JIAYIN_CAMPAIGN.surveyPeriod, ...setup },
  });
  const pairingIds: number[] = [];
  for (const p of PAIRS) {
    const partyOrgName = `中共嘉荫县${p.unit.slice(1)}支部`;
    const unitFields = { name: p.unit, partyOrgName, secretary: p.secretary };
    const unit = await tx.unit.create({ data: { ...unitFields, regionId, kind: "ORGAN", memberCount: 18, searchText: unitSearchText(unitFields), sortKey: pinyinSortKey(p.unit), ...setup } });
    const village = await tx.village.create({
      data: { name: p.village, townshipId: townshipIds.get(p.township)!, searchText: villageSearchText(p.village, p.township, ""), sortKey: pinyinSortKey(p.village), ...setup },
    });
    const pairing = await tx.pairing.create({
      data: { campaignId: campaign.id, unitId: unit.id, villageId: village.id, startDate: fromShanghaiDay("2011-03-15"), status: "ACTIVE", activeKey: `${unit.id}:${village.id}`, ...setup },
    });
    pairingIds.push(pairing.id);
  }
  for (const a of ACTIVITIES) {
    const at = stamp(a.day);
    const activity = await tx.activity.create({
      data: {
        pairingId: pairingIds[a.pair], area: a.area, date: fromShanghaiDay(a.day), title: a.title, place: "村委会",
        unitParticipants: 6, villageParticipants: 20, status: "VERIFIED", submittedAt: at, verifiedAt: at,
        verifiedById: adminId, recordedById: adminId, createdAt: at, updatedAt: at,
      },
    });
    await tx.activityIndicatorValue.createMany({
      data: Object.entries(a.values).map(([code, value]) => ({ activityId: activity.id, indicatorId: ctx.indicatorIds[code as IndicatorCode], value: value! })),
    });
  }
  return { pairings: pairingIds.length, activities: ACTIVITIES.length };
}
