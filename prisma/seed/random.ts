// A seeded pseudo-random generator, so every run of the seed builds exactly the same rows.
// mulberry32: tiny, fast and good enough to vary demo data; never use it for anything secret.
import { addDays, fromShanghaiDay, shanghaiDay } from "@/lib/dates";

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)];
  }

  pickWeighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    if (!(total > 0)) throw new Error("pickWeighted: no item has a positive weight");
    let r = this.next() * total;
    for (const item of items) {
      r -= weight(item);
      if (r < 0) return item;
    }
    return items[items.length - 1];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** A Shanghai calendar day ("YYYY-MM-DD") between two days, both included. */
  day(from: string, to: string): string {
    const start = fromShanghaiDay(from);
    const span = Math.round((fromShanghaiDay(to).getTime() - start.getTime()) / 86_400_000);
    if (span < 0) throw new Error(`empty day range ${from} … ${to}`);
    return shanghaiDay(addDays(start, this.int(0, span)));
  }

  /** An instant on a Shanghai day, during office hours (08:30–17:59). */
  officeTime(day: string): Date {
    const minutes = this.int(8 * 60 + 30, 17 * 60 + 59);
    return new Date(fromShanghaiDay(day).getTime() + minutes * 60_000);
  }
}

/**
 * Splits `total` into `parts` positive multiples of `step` that add up to it exactly. Each part
 * gets one step, the rest is shared by random weights so parts vary without one dwarfing the others.
 */
export function splitTotal(rng: Rng, total: number, parts: number, step = 1): number[] {
  const units = total / step;
  if (!Number.isInteger(units)) throw new Error(`${total} is not a multiple of ${step}`);
  if (parts < 1 || units < parts) throw new Error(`cannot split ${total} into ${parts} parts of at least ${step}`);
  const weights = Array.from({ length: parts }, () => 0.3 + rng.next() * 1.4);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const extra = units - parts;
  const shares = weights.map((w) => Math.floor((extra * w) / weightSum));
  let left = extra - shares.reduce((a, b) => a + b, 0);
  while (left > 0) {
    shares[rng.int(0, parts - 1)] += 1;
    left -= 1;
  }
  return shares.map((s) => (s + 1) * step);
}

/** Spreads `total` single units over `count` slots (zeros allowed), at most `max` per slot. */
export function spreadTotal(rng: Rng, total: number, count: number, max: number): number[] {
  if (total > count * max) throw new Error(`cannot spread ${total} over ${count} slots of at most ${max}`);
  const slots = new Array<number>(count).fill(0);
  // Uneven appetites, so some villages are far more satisfied than others.
  const appetite = Array.from({ length: count }, () => 0.2 + rng.next() * 1.8);
  for (let i = 0; i < total; i++) {
    const open = slots.map((_, index) => index).filter((index) => slots[index] < max);
    slots[rng.pickWeighted(open, (index) => appetite[index])] += 1;
  }
  return slots;
}
