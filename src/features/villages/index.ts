// What other areas use of villages: the picker's choices, and the village's search column (kept
// when its township is renamed).
export { villageOptions } from "./queries";
export { villageSearchText } from "./search-text";
// The form's rules, which an imported row obeys too (features/imports).
export { VillageInput } from "./schemas";
// The list's one query builder, for its export (features/exports).
export { villageListQuery, villageOrderBy, villageWhere } from "./queries";
