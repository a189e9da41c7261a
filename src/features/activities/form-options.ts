import "server-only";
// What the activity form offers, in the reader's language: the pairing picker (the first of the
// user's pairings; the rest are searched on the server) and the catalogue's active indicators (plus inactive ones the activity already carries, so they stay visible).
import { getLocale, getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx } from "@/server/db-client";
import { indicatorLabel, indicatorUnit } from "@/domain/format";
import { indicatorChoices } from "@/features/indicators";
import { recordPairingPicker } from "@/features/pairings";
import type { IndicatorOption } from "./components/indicator-values-field";

export async function activityFormOptions(db: DbOrTx, user: CurrentUser, current?: { pairingId: number; indicatorIds: number[] }, wantedPairingId?: number) {
  const locale = await getLocale();
  const tg = await getTranslations("indicators.groups");
  // New work goes to active pairings; an activity already on an ended one keeps its pairing.
  const [pairings, indicators] = await Promise.all([
    recordPairingPicker(db, user, { current: current?.pairingId, wanted: wantedPairingId }),
    indicatorChoices(db, current?.indicatorIds),
  ]);
  const options: IndicatorOption[] = indicators.map((i) => ({
    id: i.id,
    groupLabel: tg(i.group),
    label: indicatorLabel(i, locale),
    unit: indicatorUnit(i, locale),
    isMoney: i.isMoney,
    active: i.active,
  }));
  return { pairings, indicators: options };
}
