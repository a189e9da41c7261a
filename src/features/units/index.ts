// What other areas use of units: the kinds a unit may be, and units as choices of a form.
export { unitOptions } from "./queries";
export { UNIT_KINDS } from "./schemas";
