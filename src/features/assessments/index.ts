// What other areas use of assessments: a year's results, for the assessment table's export (features/exports).
export { type AssessmentResult, chosenYear, loadYearView } from "./results";
