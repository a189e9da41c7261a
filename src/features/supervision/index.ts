// What other areas use of supervision: a leader's own contact points and visits (the home page).
export { MyContactPoints } from "./components/my-contact-points";
// Each list's query builder and order, for its export (features/exports); recording a visit's
// rules, for the visit import (features/imports).
export { INSPECTION_ORDER, inspectionsInScope } from "./queries-inspections";
export { RECTIFICATION_ORDER, rectificationFiltersOf, rectificationWhere } from "./queries-rectifications";
export { defaultVisitPeriod, VISIT_ORDER, visitFiltersOf, visitWhere } from "./queries-visits";
export { leaderUserIdFor } from "./mutations-visits";
export { VisitInput } from "./schemas";
