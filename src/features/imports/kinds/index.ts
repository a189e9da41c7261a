import type { ImportKind, ImportKindName } from "../kind";
import { activitiesImport } from "./activities";
import { pairingsImport } from "./pairings";
import { unitsImport } from "./units";
import { villagesImport } from "./villages";

/** Every import kind by name. Pledges, visits and survey rounds are not importable yet. */
export const IMPORTS: Partial<Record<ImportKindName, ImportKind>> = {
  units: unitsImport as ImportKind,
  villages: villagesImport as ImportKind,
  pairings: pairingsImport as ImportKind,
  activities: activitiesImport as ImportKind,
};
