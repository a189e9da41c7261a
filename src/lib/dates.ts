// Calendar helpers for Asia/Shanghai, the time zone every date in the app is read in.
// China has kept a fixed UTC+8 without daylight saving since 1991, so a constant offset is exact
// for every date this app handles and avoids Intl's cost in hot loops (rollups, dashboards).
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** "YYYY-MM-DD" of the Shanghai calendar day containing `date`. */
export function shanghaiDay(date: Date): string {
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** "YYYY-MM" of the Shanghai calendar month containing `date`. */
export function shanghaiMonth(date: Date): string {
  return shanghaiDay(date).slice(0, 7);
}

/** Midnight at the start of a Shanghai calendar day ("2010-06-01"), as a UTC instant. */
export function fromShanghaiDay(day: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`expected YYYY-MM-DD, got "${day}"`);
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)) - OFFSET_MS);
  // Date.UTC rolls 2011-02-30 over to March; refuse it instead of storing a different day.
  if (shanghaiDay(date) !== day) throw new Error(`not a calendar day: "${day}"`);
  return date;
}

/** `date` moved by whole days (Shanghai days are always 24 hours long). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Midnight at the start of the Shanghai calendar day containing `date`. */
export function startOfShanghaiDay(date: Date): Date {
  return fromShanghaiDay(shanghaiDay(date));
}

/** Whole days from one Shanghai day to another ("2011-08-01" → "2011-08-31" is 30; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((fromShanghaiDay(to).getTime() - fromShanghaiDay(from).getTime()) / DAY_MS);
}
