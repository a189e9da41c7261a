// What other areas use of the indicator catalogue: what an activity form and a list filter offer.
export { indicatorChoices, indicatorFilterOptions } from "./queries";
