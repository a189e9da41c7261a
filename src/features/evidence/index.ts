// What other areas use of the evidence checks (server side): checking an activity's evidence in
// the transaction that changes it, redoing the warnings a village's position decides.
export { checkActivityEvidence, recheckSettingsWarnings } from "./warnings";
export { type EvidenceReport, getEvidenceReport } from "./queries";
export { EvidencePanel } from "./components/evidence-panel";
