// The ledger (台帐): several hundred VERIFIED activities whose indicator values add up exactly to
// the source report's figures, plus a few pending ones (submitted, draft, returned) that must not.
import type { Tx } from "@/server/db-client";
import type { ContentAreaCode } from "@/lib/content-areas";
import { addDays, fromShanghaiDay, shanghaiDay } from "@/lib/dates";
import { ACTIVITY_THEMES, type ActivityTheme, type DayWindow } from "./data/activity-themes";
import { DISPUTE_COMMENTS, RETURN_REASONS } from "./data/review-texts";
import { STORY_ACTIVITIES } from "./data/stories";
import { Rng, splitTotal } from "./random";
import type { SeedContext, SeedPairing } from "./reference";
import { INDICATOR_FIGURES, type IndicatorCode } from "./source-figures";
import { fill, formatYuan } from "./text";
import { FIRST_CAMPAIGN } from "./data/campaigns";

type Values = Partial<Record<IndicatorCode, number>>;

type Draft = {
  pairing: SeedPairing;
  area: ContentAreaCode;
  day: string;
  title: string;
  place: string;
  description: string;
  unitParticipants: number;
  villageParticipants: number;
  values: Values;
  /** Whether 做实事好事 may be added to it. */
  goodDeedsOpen: boolean;
};

type Pending = { status: "SUBMITTED" | "DRAFT" | "RETURNED"; draft: Draft };

const CAMPAIGN: DayWindow = [FIRST_CAMPAIGN.start, FIRST_CAMPAIGN.end];

export async function seedActivities(tx: Tx, ctx: SeedContext, rng: Rng): Promise<{ verified: number; pending: number }> {
  const verified = buildVerified(ctx, rng);
  const pending = buildPending(ctx, rng);
  const rows = [
    ...verified.map((draft) => ({ ...verifiedRow(ctx, rng, draft), _draft: draft })),
    ...pending.map((p) => ({ ...pendingRow(rng, p), _draft: p.draft })),
  ];
  const created = await tx.activity.createManyAndReturn({
    data: rows.map(({ _draft, ...row }) => row),
    select: { id: true, pairingId: true, title: true },
  });
  // The values are linked by position, so make sure the database kept the order it was given.
  created.sort((a, b) => a.id - b.id);
  created.forEach((row, index) => {
    if (row.pairingId !== rows[index].pairingId || row.title !== rows[index].title) {
      throw new Error("demo seed: activities came back in a different order than inserted");
    }
  });
  await tx.activityIndicatorValue.createMany({
    data: created.flatMap((row, index) =>
      Object.entries(rows[index]._draft.values).map(([code, value]) => ({
        activityId: row.id,
        indicatorId: ctx.indicatorIds[code as IndicatorCode],
        value: value ?? 0,
      })),
    ),
  });
  return { verified: verified.length, pending: pending.length };
}

/** Drafts whose values, indicator by indicator, add up to INDICATOR_FIGURES. */
function buildVerified(ctx: SeedContext, rng: Rng): Draft[] {
  const remaining: Record<IndicatorCode, number> = { ...INDICATOR_FIGURES };
  const take = (code: IndicatorCode, value: number) => {
    remaining[code] -= value;
    if (remaining[code] < 0) throw new Error(`demo seed: ${code} exceeds its source figure`);
  };

  const drafts: Draft[] = STORY_ACTIVITIES.map((story) => {
    for (const [code, value] of Object.entries(story.values)) take(code as IndicatorCode, value ?? 0);
    return {
      pairing: ctx.byUnit(story.unit),
      area: story.area,
      day: story.day,
      title: story.title,
      place: story.place,
      description: story.description,
      unitParticipants: story.unitParticipants,
      villageParticipants: story.villageParticipants,
      values: story.values,
      goodDeedsOpen: false,
    };
  });

  for (const theme of ACTIVITY_THEMES) {
    const owners = theme.count === "perPairing" ? ctx.pairings : theme.count === "perAwakePairing" ? awake(ctx) : undefined;
    const count = owners ? owners.length : (theme.count as number);
    // One part of each split indicator per activity; sorted alike, so the activity that visits the
    // most households also hands out the most money.
    const parts = theme.splits.map(({ code, step }) => {
      const split = splitTotal(rng, remaining[code], count, step).sort((a, b) => b - a);
      take(code, remaining[code]);
      return { code, split };
    });
    for (let i = 0; i < count; i++) {
      const values: Values = Object.fromEntries(parts.map(({ code, split }) => [code, split[i]]));
      drafts.push(draftFromTheme(rng, ctx, theme, values, owners?.[i]));
    }
  }

  // 做实事好事 ("close to a thousand") spread over most of the practical-help entries.
  const open = drafts.filter((d) => d.goodDeedsOpen && rng.chance(0.8));
  splitTotal(rng, remaining.good_deeds, open.length).forEach((n, i) => (open[i].values.good_deeds = n));
  take("good_deeds", remaining.good_deeds);

  const left = Object.entries(remaining).filter(([, value]) => value !== 0);
  if (left.length > 0) throw new Error(`demo seed: not all figures were allotted: ${JSON.stringify(left)}`);
  return drafts;
}

function draftFromTheme(
  rng: Rng,
  ctx: SeedContext,
  theme: ActivityTheme,
  values: Values,
  fixed?: SeedPairing,
  window: DayWindow = rng.pick(theme.windows ?? [CAMPAIGN]),
): Draft {
  const pairing = fixed ?? pickPairing(rng, ctx.pairings, theme, window);
  const day = rng.day(...openDays(theme, pairing, window));
  const [n, n2] = theme.splits.map((s) => values[s.code] ?? 0);
  const vars: Record<string, string | number> = {
    unit: pairing.unitName,
    village: pairing.villageName,
    township: pairing.township,
    topic: theme.topics ? rng.pick(theme.topics) : "",
    n: n ?? "",
    n2: n2 ?? "",
    money: n === undefined ? "" : formatYuan(n),
    money2: n2 === undefined ? "" : formatYuan(n2),
    up: Math.min(pairing.unitMembers, rng.int(...theme.participants.unit)),
    vp: rng.int(...theme.participants.village),
    k: rng.int(5, 24),
  };
  vars.title = fill(rng.pick(theme.titles), vars);
  return {
    pairing,
    area: theme.area,
    day,
    title: String(vars.title),
    place: fill(rng.pick(theme.places), vars),
    description: fill(rng.pick(theme.descriptions), vars),
    unitParticipants: Number(vars.up),
    villageParticipants: Number(vars.vp),
    values,
    goodDeedsOpen: theme.goodDeeds,
  };
}

// Busy pairings are picked more often, and units whose trade fits the theme six times as often.
function pickPairing(rng: Rng, pairings: SeedPairing[], theme: ActivityTheme, window: DayWindow): SeedPairing {
  const fits = pairings.filter((p) => {
    const [from, to] = openDays(theme, p, window);
    return from <= to;
  });
  return rng.pickWeighted(fits, (p) => p.weight * (theme.prefer?.test(p.unitName) ? 6 : 1));
}

/** A pairing does its first joint meeting, and the rest only after a few weeks of settling in. */
const SETTLE_IN_DAYS = 25;

function openDays(theme: ActivityTheme, pairing: SeedPairing, window: DayWindow): [string, string] {
  const first = theme.opensPairing ? pairing.start : dayAfter(pairing.start, SETTLE_IN_DAYS);
  return [later(window[0], first), earlier(window[1], pairing.lastDay)];
}

/** Recent entries still in the workflow; their values must not reach any official figure. */
function buildPending(ctx: SeedContext, rng: Rng): Pending[] {
  const themes = ACTIVITY_THEMES.filter((t) => typeof t.count === "number" && t.splits.length > 0);
  const plan: { status: Pending["status"]; pairing?: SeedPairing; theme?: string }[] = [
    // The demo liaisons find something in their queues.
    { status: "SUBMITTED", pairing: ctx.byUnit("市农业局"), theme: "tech" },
    { status: "RETURNED", pairing: ctx.byUnit("市农业局"), theme: "visit_poor" },
    { status: "DRAFT", pairing: ctx.byUnit("市农业局"), theme: "wealth_info" },
    { status: "SUBMITTED", pairing: ctx.byUnit("市水务局"), theme: "problems" },
    ...Array.from({ length: 10 }, () => ({ status: "SUBMITTED" as const })),
    ...Array.from({ length: 8 }, () => ({ status: "DRAFT" as const })),
    ...Array.from({ length: 6 }, () => ({ status: "RETURNED" as const })),
  ];
  const windows: Record<Pending["status"], DayWindow> = {
    SUBMITTED: ["2011-08-01", "2011-08-26"],
    DRAFT: ["2011-08-05", "2011-08-30"],
    RETURNED: ["2011-07-10", "2011-08-20"],
  };
  return plan.map(({ status, pairing, theme: key }) => {
    const theme = key ? need(themes.find((t) => t.key === key), key) : rng.pick(themes);
    const values: Values = Object.fromEntries(theme.splits.map(({ code, step = 1 }) => [code, plausibleValue(rng, code, theme, step)]));
    if (theme.goodDeeds && rng.chance(0.6)) values.good_deeds = rng.int(1, 3);
    const chosen = pairing ?? rng.pickWeighted(awake(ctx), (p) => p.weight);
    return { status, draft: draftFromTheme(rng, ctx, theme, values, chosen, windows[status]) };
  });
}

// About what one verified activity of the theme carries on average, give or take half.
function plausibleValue(rng: Rng, code: IndicatorCode, theme: ActivityTheme, step: number): number {
  const average = INDICATOR_FIGURES[code] / (theme.count as number);
  return Math.max(step, Math.round((average * (0.5 + rng.next())) / step) * step);
}

function verifiedRow(ctx: SeedContext, rng: Rng, d: Draft) {
  const submittedAt = rng.officeTime(dayAfter(d.day, rng.int(0, 3)));
  const verifiedAt = rng.officeTime(dayAfter(shanghaiDay(submittedAt), rng.int(1, 8)));
  const roll = rng.next();
  const confirmation = roll < 0.04 ? "DISPUTED" : roll < 0.15 ? "PENDING" : "CONFIRMED";
  const confirmedAt = confirmation === "PENDING" ? null : rng.officeTime(dayAfter(shanghaiDay(submittedAt), rng.int(1, 5)));
  return {
    ...common(d),
    status: "VERIFIED" as const,
    createdAt: minutesBefore(submittedAt, rng.int(5, 300)),
    submittedAt,
    verifiedAt,
    verifiedById: ctx.adminId,
    confirmation,
    confirmationComment: confirmation === "DISPUTED" ? rng.pick(DISPUTE_COMMENTS) : null,
    confirmedAt,
    confirmedById: confirmedAt && d.pairing.villageId === ctx.villageUserVillageId ? ctx.villageUserId : null,
    updatedAt: confirmedAt && confirmedAt > verifiedAt ? confirmedAt : verifiedAt,
  } as const;
}

function pendingRow(rng: Rng, { status, draft: d }: Pending) {
  const createdAt = rng.officeTime(d.day);
  const submittedAt = status === "DRAFT" ? null : rng.officeTime(dayAfter(d.day, rng.int(1, 3)));
  const returnedAt = status === "RETURNED" && submittedAt ? rng.officeTime(dayAfter(shanghaiDay(submittedAt), rng.int(1, 4))) : null;
  return {
    ...common(d),
    status,
    returnReason: status === "RETURNED" ? returnReason(rng, d.values) : null,
    createdAt,
    submittedAt,
    updatedAt: returnedAt ?? submittedAt ?? createdAt,
  } as const;
}

// The reason about one of the entry's own figures when there is one, else a general one.
function returnReason(rng: Rng, values: Values): string {
  const specific = RETURN_REASONS.filter((r) => r.indicator && values[r.indicator] !== undefined);
  return rng.pick(specific.length > 0 ? specific : RETURN_REASONS.filter((r) => !r.indicator)).text;
}

function common(d: Draft) {
  return {
    pairingId: d.pairing.id,
    area: d.area,
    date: fromShanghaiDay(d.day),
    title: d.title,
    place: d.place,
    description: d.description,
    unitParticipants: d.unitParticipants,
    villageParticipants: d.villageParticipants,
    recordedById: d.pairing.recorderId,
  };
}

/** Pairings still at work at the campaign's close (not dormant). */
const awake = (ctx: SeedContext) => ctx.pairings.filter((p) => p.lastDay === CAMPAIGN[1]);
const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);
const dayAfter = (day: string, days: number) => shanghaiDay(addDays(fromShanghaiDay(day), days));
const minutesBefore = (date: Date, minutes: number) => new Date(date.getTime() - minutes * 60_000);

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`demo seed: missing ${what}`);
  return value;
}
