// Breakdowns of the activity matrix: by township, unit and village. Pure functions. (By content area:
// area-counts.ts, from the count aggregates.)
import { CONTENT_AREAS, type ContentAreaCode } from "@/lib/content-areas";
import { type AreaCell, coverage, type PairingActivity } from "./activity-matrix";

export function countByTownship(rows: PairingActivity[]): { townshipId: number; townshipName: string; count: number }[] {
  const townships = new Map<number, { townshipId: number; townshipName: string; count: number }>();
  for (const r of rows) {
    const t = townships.get(r.townshipId) ?? { townshipId: r.townshipId, townshipName: r.townshipName, count: 0 };
    t.count += r.total;
    townships.set(r.townshipId, t);
  }
  return [...townships.values()].sort((a, b) => b.count - a.count || a.townshipId - b.townshipId);
}

export type RankedSubject = { id: number; name: string; detail: string; activities: number; coverage: number; pairings: number };
export type RankBy = "activities" | "coverage";

/** Units or villages with their verified activities and the content areas their pairings covered. */
export function subjectTotals(rows: PairingActivity[], subject: "unit" | "village"): RankedSubject[] {
  const subjects = new Map<number, RankedSubject & { cells: Record<ContentAreaCode, AreaCell> }>();
  for (const r of rows) {
    const id = subject === "unit" ? r.unitId : r.villageId;
    const s = subjects.get(id) ?? {
      id,
      name: subject === "unit" ? r.unitName : r.villageName,
      detail: subject === "unit" ? "" : r.townshipName,
      activities: 0,
      coverage: 0,
      pairings: 0,
      cells: Object.fromEntries(CONTENT_AREAS.map((a) => [a, { count: 0, last: null }])) as Record<ContentAreaCode, AreaCell>,
    };
    s.activities += r.total;
    s.pairings += 1;
    for (const a of CONTENT_AREAS) s.cells[a].count += r.areas[a].count;
    s.coverage = coverage(s.cells);
    subjects.set(id, s);
  }
  return [...subjects.values()].map(({ cells: _c, ...s }) => s);
}

/**
 * The best and the lagging: the top `n` and the bottom `n` by verified activities (ties broken by
 * coverage) or by coverage (ties broken by activities). A subject is never on both lists.
 */
export function bestAndLagging(subjects: RankedSubject[], by: RankBy, n = 5): { best: RankedSubject[]; lagging: RankedSubject[] } {
  const key = (s: RankedSubject) => (by === "activities" ? [s.activities, s.coverage] : [s.coverage, s.activities]);
  const sorted = [...subjects].sort((a, b) => {
    const [a1, a2] = key(a);
    const [b1, b2] = key(b);
    return b1 - a1 || b2 - a2 || a.id - b.id;
  });
  const best = sorted.slice(0, n);
  const lagging = sorted.slice(Math.max(n, sorted.length - n)).reverse();
  return { best, lagging };
}
