// What other areas use of pairings: the user's own pairings (home page), and pairings as choices
// of a form or a list filter.
export { listMyPairings, recordPairingPicker, type RecordPairingPicker } from "./queries";
// The pickers' search, for the supervision forms' pickers (an inspection's pairings, a contact point).
export { PAIRING_CHOICE_ORDER, PAIRING_SEARCH_LIMIT, pairingChoiceWhere, searchPairingChoices, townshipPairingChoices } from "./queries";
// A list's pairing filter that searches the server (a province has 20,000 pairings).
export { PairingFilter } from "./components/pairing-filter";
// The form's rules, which an imported row obeys too (features/imports).
export { PairingInput } from "./schemas";
// The list's one query builder, for its export (features/exports).
export { pairingListQuery, pairingOrderBy, pairingWhere } from "./queries";
// A pairing's ledger, for its workbook export (features/exports).
export { getLedger } from "./ledger";
