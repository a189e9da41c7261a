// What other areas show of the dashboard: the leader's headline figures (the home page).
export { LeaderFigures } from "./components/leader-figures";
