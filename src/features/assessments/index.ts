// What other areas use of assessments: a campaign's year's results, for the assessment table's export (features/exports).
export { type AssessmentResult, loadYearView } from "./results";
export { assessmentContext } from "./page-context";
