// What other areas' forms use of villages: the village picker, grouped by township.
export { VillageSelect } from "./components/village-select";
