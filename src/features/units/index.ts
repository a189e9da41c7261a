// What other areas use of units: the kinds a unit may be, and units as choices of a form.
export { unitOptions } from "./queries";
export { UNIT_KINDS } from "./schemas";
// The form's rules, which an imported row obeys too (features/imports).
export { UnitInput } from "./schemas";
// The list's one query builder, for its export (features/exports).
export { unitListQuery, unitOrderBy, unitWhere } from "./queries";
