import type { ImportKind, ImportKindName } from "../kind";
import { activitiesImport } from "./activities";
import { pairingsImport } from "./pairings";
import { pledgesImport } from "./pledges";
import { surveysImport } from "./surveys";
import { unitsImport } from "./units";
import { villagesImport } from "./villages";
import { visitsImport } from "./visits";

/** Every import kind by name. */
export const IMPORTS: Record<ImportKindName, ImportKind> = {
  units: unitsImport as ImportKind,
  villages: villagesImport as ImportKind,
  pairings: pairingsImport as ImportKind,
  activities: activitiesImport as ImportKind,
  pledges: pledgesImport as ImportKind,
  visits: visitsImport as ImportKind,
  surveys: surveysImport as ImportKind,
};
