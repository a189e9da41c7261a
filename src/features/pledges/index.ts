// What other areas use of pledges: the list's one query builder, for its export (features/exports);
// the pledge's schema, for the pledge import (features/imports).
export { pledgeFiltersOf, pledgeListQuery, pledgeOrderBy, pledgeWhere } from "./queries";
export { PLEDGER_KINDS, PledgeInput } from "./schemas";
