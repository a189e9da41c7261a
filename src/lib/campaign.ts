// The demo campaign of the source report: "a little over a year" before 13 September 2011,
// with the satisfaction survey taken in July 2011 (DOMAIN.md §4).
export const DEMO_CAMPAIGN = {
  start: "2010-06-01",
  end: "2011-08-31",
  surveyPeriod: "2011-07",
} as const;

export const TIME_ZONE = "Asia/Shanghai";
