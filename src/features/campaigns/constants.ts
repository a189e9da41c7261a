/** The URL's value for "every campaign" (the dashboard's roll-up of a period). Usable in client code. */
export const ALL_CAMPAIGNS = "all";
