// What other areas use of activities: the form's rules and the date check an imported row obeys
// too (features/imports), and the list's query as its export reads it.
export { checkActivityDate } from "./activity-checks";
export { ActivityInput } from "./schemas";
export { activityCampaign, activityFiltersOf, activityListQuery, activityOrderBy, activityWhere } from "./queries";
