// What other areas show of the dashboard: the leader's headline figures (the home page).
export { LeaderFigures } from "./components/leader-figures";

// The dashboard's own where-builders, figures and links, for the assessment and the bulletins,
// so that what they count is what the dashboard counts.
export type { DashboardFilter } from "./queries/filter";
export type { Period } from "./period";
export { instantRange } from "./period";
export { pairingsInEffectWhere, verifiedActivityWhere } from "./queries/filter";
export { leaderVisitWhere, pledgeWhere as dashboardPledgeWhere, surveyWhere } from "./queries/record-filters";
export { headline, type Headline } from "./queries/headline";
export { activityMatrix, coverage } from "./queries/activity-matrix";
export { bestAndLagging, countByTownship, subjectTotals } from "./queries/breakdowns";
export { pairHealth } from "./queries/pair-health";
export { surveyRounds } from "./queries/surveys";
export { sourceHref } from "./links";
export { onPairing } from "./queries/filter";
// The outcome table for its export (features/exports): the viewer's filter and the figure itself.
export { loadCurrentFigure, loadDashboardContext, loadFigure } from "./context";
export { outcomesFigure } from "./queries/outcomes";
