// What other areas show of the dashboard: the leader's headline figures (the home page).
export { LeaderFigures } from "./components/leader-figures";
// The outcome table for its export (features/exports): the viewer's filter and the figure itself.
export { loadDashboardContext, loadFigure } from "./context";
export { outcomesFigure } from "./queries/outcomes";
