// The rules an activity's content must follow, checked on the server for every save: they need
// the database (the pairing's dates, the catalogue) or today's date, so zod alone cannot.
import type { Pairing } from "@/generated/sqlite/client";
import type { Tx } from "@/server/db-client";
import { UserError } from "@/server/errors";
import { shanghaiDay, startOfShanghaiDay } from "@/lib/dates";
import type { ActivityValue } from "./schemas";

export function checkActivityDate(date: Date, pairing: Pick<Pairing, "startDate" | "endDate">) {
  // A day-date after the start of today lies in the future.
  if (date > startOfShanghaiDay(new Date())) throw new UserError("activities.validation.futureDate", {}, "date");
  if (date < pairing.startDate) {
    throw new UserError("activities.validation.beforePairingStart", { start: shanghaiDay(pairing.startDate) }, "date");
  }
  if (pairing.endDate && date > pairing.endDate) {
    throw new UserError("activities.validation.afterPairingEnd", { end: shanghaiDay(pairing.endDate) }, "date");
  }
}

/**
 * Every value must name an indicator of the catalogue that is still active — except one the
 * activity already carried: a deactivated indicator stays in history, it is just not offered anew.
 */
export async function checkIndicatorValues(tx: Tx, values: ActivityValue[], alreadyCarried: number[] = []) {
  if (values.length === 0) return;
  const indicators = await tx.indicator.findMany({
    where: { id: { in: values.map((v) => v.indicatorId) } },
    select: { id: true, active: true },
  });
  const byId = new Map(indicators.map((i) => [i.id, i]));
  for (const { indicatorId } of values) {
    const indicator = byId.get(indicatorId);
    if (!indicator) throw new UserError("activities.errors.unknownIndicator", {}, `values.${indicatorId}`);
    if (!indicator.active && !alreadyCarried.includes(indicatorId)) {
      throw new UserError("activities.errors.inactiveIndicator", {}, `values.${indicatorId}`);
    }
  }
}

/** Replaces the activity's indicator values with `values`. */
export async function replaceValues(tx: Tx, activityId: number, values: ActivityValue[]) {
  await tx.activityIndicatorValue.deleteMany({ where: { activityId } });
  if (values.length > 0) await tx.activityIndicatorValue.createMany({ data: values.map((v) => ({ activityId, ...v })) });
}
