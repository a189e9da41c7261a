// A dashboard figure the server keeps until the data changes (see memo.ts), declared next to the
// query that computes it. Its key is part of the declaration, so components ask for a figure by
// its name in code — never by a free string that two figures could share by mistake
// (tests/unit/dashboard-figures.test.ts checks that every key is used once).
import type { DbOrTx } from "@/server/db-client";
import type { DashboardFilter } from "./filter";

/** What a figure's computation gets: the database, and a way to reuse another (kept) figure. */
export type FigureContext = {
  db: DbOrTx;
  load: <F, A extends unknown[], T>(figure: Figure<F, A, T>, filter: F, ...args: A) => Promise<T>;
};

export type Figure<F, A extends unknown[], T> = {
  readonly key: string;
  readonly compute: (context: FigureContext, filter: F, ...args: A) => Promise<T>;
};

/** A figure of the dashboard's filter (scope, township, period) and perhaps further arguments. */
export function figure<A extends unknown[], T>(key: string, compute: (context: FigureContext, filter: DashboardFilter, ...args: A) => Promise<T>) {
  return { key, compute } as Figure<DashboardFilter, A, T>;
}

/** A figure that depends on the viewer's scope only (not the period or township). */
export function scopeFigure<A extends unknown[], T>(key: string, compute: (context: FigureContext, filter: Pick<DashboardFilter, "scope">, ...args: A) => Promise<T>) {
  return { key, compute } as Figure<Pick<DashboardFilter, "scope">, A, T>;
}

/** Computes a figure directly, without keeping it (tests, scripts). */
export function computeFigure<F, A extends unknown[], T>(db: DbOrTx, figure: Figure<F, A, T>, filter: F, ...args: A): Promise<T> {
  const context: FigureContext = { db, load: (f, fl, ...a) => f.compute(context, fl, ...a) };
  return figure.compute(context, filter, ...args);
}
