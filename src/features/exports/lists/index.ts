import "server-only";
// Every list's export by the name in its URL (/api/exports/<name>). A list's columns, query and
// permission live in one definition in this folder; adding a list is one definition and one line here.
import { activitiesExport } from "./activities";
import { assessmentsExport } from "./assessments";
import { auditExport } from "./audit";
import type { ListExport } from "./define";
import { pledgesExport } from "./pledges";
import { pairingsExport, unitsExport, villagesExport } from "./registry";
import { inspectionsExport, rectificationsExport, visitsExport } from "./supervision";
import { surveysExport } from "./surveys";

export { EXPORT_BATCH, type ListExport } from "./define";

export const LIST_EXPORTS = {
  units: unitsExport,
  villages: villagesExport,
  pairings: pairingsExport,
  activities: activitiesExport,
  pledges: pledgesExport,
  visits: visitsExport,
  inspections: inspectionsExport,
  rectifications: rectificationsExport,
  surveys: surveysExport,
  assessments: assessmentsExport,
  audit: auditExport,
} satisfies Record<string, ListExport>;

export type ExportListName = keyof typeof LIST_EXPORTS;
export const EXPORT_LISTS = Object.keys(LIST_EXPORTS) as ExportListName[];
