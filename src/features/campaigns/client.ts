// What client code may use of campaigns (no database access).
export { ALL_CAMPAIGNS } from "./constants";
