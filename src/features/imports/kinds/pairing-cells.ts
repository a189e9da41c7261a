// The pairing a row names by its unit, township and village columns, found among the pairings the
// importer may see: a liaison's sheet can only name their own unit's pairings. Shared by the kinds
// whose rows belong to a pairing (activities, pledges, visits).
import { cellText } from "@/domain/sheet-values";
import { writablePairings } from "@/server/scope";
import { fromShanghaiDay } from "@/lib/dates";
import type { CheckContext, RowReader } from "../kind";

export type ScopedPairing = { id: number; unitId: number; startDate: Date; endDate: Date | null; status: string };

/** The pairings in the importer's scope by "unit|township|village", newest first. */
export async function scopedPairings(ctx: Pick<CheckContext, "db" | "user">): Promise<Map<string, ScopedPairing[]>> {
  const pairings = await ctx.db.pairing.findMany({
    // An import writes: only pairings the importer may change (an ADMIN's own region, a liaison's unit).
    where: writablePairings(ctx.user),
    select: { id: true, unitId: true, startDate: true, endDate: true, status: true, unit: { select: { name: true } }, village: { select: { name: true, township: { select: { name: true } } } } },
    orderBy: { startDate: "desc" },
  });
  const byPair = new Map<string, ScopedPairing[]>();
  for (const { unit, village, ...p } of pairings) {
    const key = `${unit.name}|${village.township.name}|${village.name}`;
    byPair.set(key, [...(byPair.get(key) ?? []), p]);
  }
  return byPair;
}

/** The row's candidate pairings (one unit and village may have paired more than once), or undefined with the problem recorded. */
export function pairingsOfRow(r: RowReader, byPair: Map<string, ScopedPairing[]>, role: string): ScopedPairing[] | undefined {
  const [unit, township, village] = [cellText(r.cell("unit")), cellText(r.cell("township")), cellText(r.cell("village"))];
  for (const [key, text] of [["unit", unit], ["township", township], ["village", village]] as const) if (!text) r.fail(key, "imports.problems.required");
  if (!unit || !township || !village) return undefined;
  const candidates = byPair.get(`${unit}|${township}|${village}`);
  if (!candidates) r.fail("unit", role === "LIAISON" ? "imports.problems.notOwnPairing" : "imports.problems.unknownPairing", { unit, township, village });
  return candidates;
}

/** The pairing whose period holds the day, else the newest (its dates then explain a refusal). */
export function pairingOnDay(candidates: ScopedPairing[] | undefined, day: string | undefined): ScopedPairing | undefined {
  if (!candidates) return undefined;
  const at = day ? fromShanghaiDay(day) : undefined;
  return candidates.find((p) => at && p.startDate <= at && (!p.endDate || at <= p.endDate)) ?? candidates[0];
}
