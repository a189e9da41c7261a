// What other areas use of pledges: the list's one query builder, for its export (features/exports).
export { pledgeFiltersOf, pledgeListQuery, pledgeOrderBy, pledgeWhere } from "./queries";
