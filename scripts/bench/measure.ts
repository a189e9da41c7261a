// Timing helpers for the benchmark: medians of several runs, interleaved between the two scales so
// that the machine's other load falls on both alike.
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

async function timed(run: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await run();
  return performance.now() - t;
}

/** Median milliseconds of `reps` runs of each, after one warm-up run each, alternating a and b. */
export async function interleaved(reps: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number, number]> {
  await a();
  await b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < reps; i++) {
    ta.push(await timed(a));
    tb.push(await timed(b));
  }
  return [median(ta), median(tb)];
}

/** Milliseconds as printed; "–" when there was nothing to measure (e.g. every write failed). */
export const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? "–" : x >= 100 ? x.toFixed(0) : x.toFixed(1));
export const ratio = (x: number) => `${x.toFixed(1)}×`;

/** One line of the printed table. */
export function row(what: string, ...cells: string[]) {
  console.log(`| ${[what, ...cells].join(" | ")} |`);
}
