import "server-only";
// A campaign's year's assessment table as the department files it: the page's campaign, year and
// subject (units or villages), by rank, with the six parts' points, the adjustment and its reason, the final score
// and the grade. The results of a year are a few hundred rows, computed (or read frozen) at once.
import { ASSESSMENT_PARTS } from "@/domain/assessment";
import { assessmentContext, loadYearView, type AssessmentResult } from "@/features/assessments";
import { enumParam } from "@/lib/list-params";
import type { ExportColumn } from "../sheet-writer";
import { col, type ListExport, sheetOf, zh } from "./define";

const a = (key: string) => zh(`assessments.${key}`);
const points = (n: number) => Math.round(n * 10) / 10;

export const assessmentsExport: ListExport = {
  permission: "assessments.read",
  title: a("title"),
  async sheet(db, user, params) {
    const context = await assessmentContext(db, user, params);
    const subject = enumParam(params, "subject", ["unit", "village"]) ?? "unit";
    const year = context?.year ?? 0;
    const view = context ? await loadYearView(db, context.campaign.id, year) : { results: { units: [], villages: [] } };
    const columns: ExportColumn<AssessmentResult>[] = [
      col(a("columns.rank"), (r) => r.rank, { kind: "number", width: 8 }),
      col(a(`subjects.${subject}`), (r) => r.name, { width: 20 }),
      ...ASSESSMENT_PARTS.map((part) => col<AssessmentResult>(a(`parts.${part}`), (r) => {
        const p = r.parts.find((x) => x.part === part);
        return p && p.ratio !== null ? points(p.points) : "—";
      }, { width: 12 })),
      col(a("columns.computed"), (r) => points(r.computed), { kind: "number", width: 10 }),
      col(a("columns.adjustment"), (r) => (r.adjustment === 0 ? null : points(r.adjustment)), { kind: "number", width: 10 }),
      col(zh("exports.assessments.reason"), (r) => r.adjustmentReason ?? "", { width: 24 }),
      col(a("columns.final"), (r) => points(r.final), { kind: "number", width: 10 }),
      col(a("columns.grade"), (r) => a(`grades.${r.grade}`), { width: 8 }),
      col(zh("exports.assessments.detail"), (r) => r.detail, { width: 30 }),
    ];
    const rows = subject === "unit" ? view.results.units : view.results.villages;
    return sheetOf(zh("exports.assessments.sheet", { year, subject: a(`subjects.${subject}`) }), columns, [rows]);
  },
};
