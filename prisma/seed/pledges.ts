// 承诺—践诺—评诺: 231 pledges due within the campaign, 182 of them fulfilled (some reviewed),
// the rest promised or in progress, a few of those overdue at the campaign's close.
import type { Tx } from "@/server/db-client";
import { addDays, fromShanghaiDay, shanghaiDay } from "@/lib/dates";
import { GIVEN_NAMES, SURNAMES } from "./data/people";
import { MEMBER_PLEDGES, ORGANIZATION_PLEDGES, REVIEW_COMMENTS } from "./data/pledge-texts";
import { STORY_PLEDGES, type StoryPledge } from "./data/stories";
import { Rng } from "./random";
import type { SeedContext, SeedPairing } from "./reference";
import { PLEDGES_FULFILLED, PLEDGES_TOTAL } from "./source-figures";
import { fill } from "./text";
import { FIRST_CAMPAIGN } from "./data/campaigns";

const CAMPAIGN_END = FIRST_CAMPAIGN.end;
/** Of the unfulfilled pledges, how many are overdue at the campaign's close; the rest fall due on its last day. */
const OVERDUE = 14;

type PledgePlan = StoryPledge & { pairing: SeedPairing };

export async function seedPledges(tx: Tx, ctx: SeedContext, rng: Rng): Promise<{ pledges: number; fulfilled: number; reviews: number }> {
  const plans = [...STORY_PLEDGES.map((s) => ({ ...s, pairing: ctx.byUnit(s.unit) })), ...genericPlans(ctx, rng)];
  const rows = plans.map((p) => pledgeRow(ctx, rng, p));
  const created = await tx.pledge.createManyAndReturn({ data: rows, select: { id: true, pairingId: true, content: true } });
  created.sort((a, b) => a.id - b.id);
  created.forEach((row, index) => {
    if (row.pairingId !== rows[index].pairingId || row.content !== rows[index].content) {
      throw new Error("demo seed: pledges came back in a different order than inserted");
    }
  });

  // 评诺: the organization department reviews about six in ten fulfilled pledges.
  const reviews = created.flatMap((row, index) => {
    const fulfilledAt = rows[index].fulfilledAt;
    if (!fulfilledAt || !rng.chance(0.62)) return [];
    const rating = rng.pickWeighted(["GOOD", "FAIRLY_GOOD", "AVERAGE", "POOR"] as const, (r) => ({ GOOD: 55, FAIRLY_GOOD: 30, AVERAGE: 12, POOR: 3 })[r]);
    return [
      {
        pledgeId: row.id,
        rating,
        comment: rng.pick(REVIEW_COMMENTS[rating]),
        reviewedById: ctx.adminId,
        reviewedAt: rng.officeTime(dayAfter(shanghaiDay(fulfilledAt), rng.int(5, 25))),
      },
    ];
  });
  await tx.pledgeReview.createMany({ data: reviews });
  return { pledges: rows.length, fulfilled: rows.filter((r) => r.status === "FULFILLED").length, reviews: reviews.length };
}

function genericPlans(ctx: SeedContext, rng: Rng): PledgePlan[] {
  const storyUnits = new Set(STORY_PLEDGES.map((s) => s.unit));
  const pairings = ctx.pairings.filter((p) => !storyUnits.has(p.unitName));
  const storyFulfilled = STORY_PLEDGES.filter((s) => s.status === "FULFILLED").length;
  const total = PLEDGES_TOTAL - STORY_PLEDGES.length;
  const unfulfilled = total - (PLEDGES_FULFILLED - storyFulfilled);

  // Every pair pledged at least twice; busier pairs pledged more.
  const owners = pairings.flatMap((p) => [p, p]);
  while (owners.length < total) owners.push(rng.pickWeighted(pairings, (p) => p.weight));

  // The pledges left undone are mostly those of the less active pairs.
  const order = owners.map((p, index) => ({ index, key: rng.next() * p.weight }));
  order.sort((a, b) => a.key - b.key);
  const undone = new Map(order.slice(0, unfulfilled).map(({ index }, rank) => [index, rank < OVERDUE ? "overdue" : "due-at-close"]));

  return owners.map((pairing, index): PledgePlan => {
    const member = rng.chance(0.65);
    const text = rng.pick(member ? MEMBER_PLEDGES : ORGANIZATION_PLEDGES);
    // Organization pledges are the unit's (what a unit can do for its village).
    const pledgerName = member ? rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES) : pairing.unitPartyOrg;
    const base = { pairing, unit: pairing.unitName, pledgerKind: member ? ("MEMBER" as const) : ("ORGANIZATION" as const), pledgerName, content: fill(text.content, { village: pairing.villageName }) };
    const last = pairing.lastDay;
    const fate = undone.get(index);
    if (fate === "overdue") {
      const dueOn = rng.day("2011-03-01", earlier(last, "2011-08-20"));
      return { ...base, madeOn: rng.day(pairing.start, dayAfter(dueOn, -60)), dueOn, status: rng.chance(0.6) ? "IN_PROGRESS" : "PROMISED" };
    }
    if (fate === "due-at-close") {
      return { ...base, madeOn: rng.day(pairing.start, "2011-05-31"), dueOn: CAMPAIGN_END, status: rng.chance(0.6) ? "IN_PROGRESS" : "PROMISED" };
    }
    const madeOn = rng.day(pairing.start, earlier(dayAfter(last, -40), "2011-05-31"));
    const dueOn = earlier(dayAfter(madeOn, rng.int(60, 300)), CAMPAIGN_END);
    const span = daysBetween(madeOn, dueOn);
    // Most are done before the due date; about one in twelve a little late.
    const late = rng.chance(0.08) ? rng.int(1, 20) : 0;
    const fulfilledOn = earlier(earlier(dayAfter(madeOn, Math.max(7, Math.round(span * (0.3 + rng.next() * 0.7))) + late), CAMPAIGN_END), last);
    return { ...base, madeOn, dueOn, status: "FULFILLED", fulfilledOn, evidence: text.evidence };
  });
}

function pledgeRow(ctx: SeedContext, rng: Rng, p: PledgePlan) {
  const createdAt = rng.officeTime(p.madeOn);
  const fulfilledAt = p.fulfilledOn ? rng.officeTime(p.fulfilledOn) : null;
  // Villages countersign most fulfilled pledges within a few days.
  const confirmedAt = fulfilledAt && rng.chance(0.85) ? rng.officeTime(dayAfter(p.fulfilledOn ?? p.madeOn, rng.int(1, 6))) : null;
  return {
    pairingId: p.pairing.id,
    pledgerKind: p.pledgerKind,
    pledgerName: p.pledgerName,
    content: p.content,
    dueDate: fromShanghaiDay(p.dueOn),
    status: p.status,
    fulfilledAt,
    evidence: p.evidence ?? null,
    createdById: p.pairing.recorderId,
    confirmation: confirmedAt ? ("CONFIRMED" as const) : ("PENDING" as const),
    confirmedAt,
    confirmedById: confirmedAt && p.pairing.villageId === ctx.villageUserVillageId ? ctx.villageUserId : null,
    createdAt,
    updatedAt: confirmedAt ?? fulfilledAt ?? createdAt,
  };
}

const earlier = (a: string, b: string) => (a < b ? a : b);
const dayAfter = (day: string, days: number) => shanghaiDay(addDays(fromShanghaiDay(day), days));
const daysBetween = (a: string, b: string) => Math.round((fromShanghaiDay(b).getTime() - fromShanghaiDay(a).getTime()) / 86_400_000);
