// Leaders' contact points (联系点): each city leader is expected to visit each of their contact
// points at least once a quarter (每季度至少走访一次). The target of a period is that many visits
// for every quarter the period touches; a period that starts or ends mid-quarter still counts the
// quarter, since one visit in it meets the expectation.
export const VISITS_PER_CONTACT_POINT_PER_QUARTER = 1;

export type DayPeriod = { from: string; to: string };

const nextMonth = (month: string) => {
  const [y, m] = month.split("-").map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
};

const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

/** The calendar quarters ("2011-Q3") a period of Shanghai days touches, in order. */
export function quartersOf(period: DayPeriod): string[] {
  const quarters: string[] = [];
  for (let month = period.from.slice(0, 7); month <= period.to.slice(0, 7); month = nextMonth(month)) {
    const quarter = quarterOf(month);
    if (quarters.at(-1) !== quarter) quarters.push(quarter);
  }
  return quarters;
}

/** How many visits a leader with `contactPoints` contact points should make in the period. */
export function visitTarget(contactPoints: number, period: DayPeriod): number {
  if (period.from > period.to) return 0;
  return contactPoints * quartersOf(period).length * VISITS_PER_CONTACT_POINT_PER_QUARTER;
}
