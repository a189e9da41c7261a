// What other areas' browser forms use of pairings: the record form's pairing picker.
export { RecordPairingSelect } from "./components/record-pairing-select";
export type { RecordPairingPicker } from "./queries";
