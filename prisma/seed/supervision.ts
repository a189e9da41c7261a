// Supervision and feedback: leaders' visits to their contact points (38 人次), the 16 inspections
// with their rectification items, and the satisfaction surveys (民主测评).
import type { Tx } from "@/server/db-client";
import { addDays, fromShanghaiDay, shanghaiDay } from "@/lib/dates";
import { INSPECTORS } from "./data/people";
import { INSPECTION_PLANS, RECTIFICATION_TEXTS, VISIT_NOTES } from "./data/supervision-texts";
import { Rng, spreadTotal } from "./random";
import type { SeedContext, SeedPairing } from "./reference";
import { LEADER_VISITS, SURVEY_PAIRING_RATE, SURVEY_VILLAGE_ORG_RATE } from "./source-figures";
import { fill } from "./text";

export async function seedLeaderVisits(tx: Tx, ctx: SeedContext, rng: Rng): Promise<number> {
  const contacts = ctx.pairings.filter((p) => p.contactLeader);
  // Every contact point was visited at least once; the leader account's own point three times.
  const visited = [...contacts, ctx.byUnit("市农业局"), ctx.byUnit("市农业局")];
  if (visited.length > LEADER_VISITS) throw new Error("demo seed: more contact points than leader visits");
  while (visited.length < LEADER_VISITS) visited.push(rng.pickWeighted(contacts, (p) => p.weight));

  const data = visited.map((p) => {
    const day = rng.day(dayAfter(p.start, 20), "2011-08-25");
    const at = rng.officeTime(day);
    return {
      pairingId: p.id,
      date: fromShanghaiDay(day),
      leaderName: p.contactLeader ?? "",
      leaderUserId: p.contactLeaderUserId,
      notes: fill(rng.pick(VISIT_NOTES), { unit: p.unitName, village: p.villageName }),
      createdAt: at,
      updatedAt: at,
    };
  });
  await tx.leaderVisit.createMany({ data });
  return data.length;
}

export async function seedInspections(tx: Tx, ctx: SeedContext, rng: Rng): Promise<{ inspections: number; rectifications: number }> {
  let rectifications = 0;
  for (const plan of INSPECTION_PLANS) {
    const items = plan.rectifications.map((r) => ({ ...r, pairing: pairingForProblem(rng, ctx.pairings, r.problem, r.status, plan.day) }));
    const covered = new Set(items.map((i) => i.pairing.id));
    const wanted = covered.size + rng.int(3, 6);
    for (const p of rng.shuffle(ctx.pairings)) {
      if (covered.size >= wanted) break;
      covered.add(p.id);
    }
    const at = rng.officeTime(plan.day);
    const [first, second, third] = rng.shuffle(INSPECTORS);
    await tx.inspection.create({
      data: {
        date: fromShanghaiDay(plan.day),
        kind: plan.kind,
        inspectors: (rng.chance(0.5) ? [first, second] : [first, second, third]).join("、"),
        findings: plan.findings,
        createdAt: at,
        updatedAt: at,
        pairings: { create: [...covered].map((pairingId) => ({ pairingId })) },
        rectifications: {
          create: items.map((item) => {
            const text = RECTIFICATION_TEXTS[item.problem];
            const closedAt = item.status === "CLOSED" && item.closedDays ? rng.officeTime(dayAfter(plan.day, item.closedDays)) : null;
            return {
              pairingId: item.pairing.id,
              description: text.description,
              dueDate: fromShanghaiDay(dayAfter(plan.day, item.dueDays)),
              status: item.status,
              closedAt,
              closureNote: closedAt ? text.closureNote : null,
              // What the unit reported is what the department then found done.
              reportText: closedAt ? text.closureNote : null,
              reportedAt: closedAt,
              createdAt: at,
              updatedAt: closedAt ?? at,
            };
          }),
        },
      },
    });
    rectifications += items.length;
  }
  return { inspections: INSPECTION_PLANS.length, rectifications };
}

// "Few activities lately" (problem 7) goes to a quiet pair: still open on a dormant one, closed on
// a weak but awake one. Other problems can be found anywhere.
function pairingForProblem(rng: Rng, pairings: SeedPairing[], problem: number, status: string, day: string): SeedPairing {
  if (problem !== 7) return rng.pick(pairings.filter((p) => p.start < day));
  const dormant = status !== "CLOSED";
  const quiet = pairings.filter((p) => p.weight < 1 && (p.lastDay < "2011-08-31") === dormant);
  return rng.pick(quiet);
}

/** July 2011 survey: 10,000 villagers asked, so the report's two-decimal rates come out exactly. */
const JULY_RESPONDENTS = 10_000;

export async function seedSurveys(tx: Tx, ctx: SeedContext, rng: Rng): Promise<number> {
  const villageIds = ctx.pairings.map((p) => p.villageId);
  const july = surveyRound(rng, villageIds.length, JULY_RESPONDENTS, satisfiedOf(SURVEY_VILLAGE_ORG_RATE), satisfiedOf(SURVEY_PAIRING_RATE));
  // An earlier round in December 2010, before the work had shown much: plausibly lower rates.
  const december = surveyRound(rng, villageIds.length, 120 * villageIds.length, 8_436, 8_609);
  const data = [
    ...villageIds.map((villageId, i) => ({ villageId, period: "2010-12", day: rng.day("2010-12-10", "2010-12-28"), ...december[i] })),
    ...villageIds.map((villageId, i) => ({ villageId, period: "2011-07", day: rng.day("2011-07-05", "2011-07-25"), ...july[i] })),
  ].map(({ day, ...row }) => {
    const at = rng.officeTime(day);
    return { ...row, takenOn: fromShanghaiDay(day), createdAt: at, updatedAt: at };
  });
  await tx.survey.createMany({ data });
  return data.length;
}

const satisfiedOf = (rate: string) => Math.round((Number(rate) / 100) * JULY_RESPONDENTS);

// Respondents split as evenly as whole people allow; the dissatisfied spread unevenly.
function surveyRound(rng: Rng, villages: number, respondents: number, satisfiedOrg: number, satisfiedPairing: number) {
  const base = Math.floor(respondents / villages);
  const bigger = new Set(rng.shuffle([...Array(villages).keys()]).slice(0, respondents - base * villages));
  const sizes = [...Array(villages).keys()].map((i) => base + (bigger.has(i) ? 1 : 0));
  const orgMisses = spreadTotal(rng, respondents - satisfiedOrg, villages, Math.floor(base * 0.15));
  const pairingMisses = spreadTotal(rng, respondents - satisfiedPairing, villages, Math.floor(base * 0.15));
  return sizes.map((size, i) => ({
    respondents: size,
    satisfiedVillageOrg: size - orgMisses[i],
    satisfiedPairing: size - pairingMisses[i],
  }));
}

const dayAfter = (day: string, days: number) => shanghaiDay(addDays(fromShanghaiDay(day), days));
