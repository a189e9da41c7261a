// What pages use of the evidence checks in the browser: the settings form.
export { EvidenceSettingsForm } from "./components/settings-form";
