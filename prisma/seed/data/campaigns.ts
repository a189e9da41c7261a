// The demo's campaigns: the 2010–2011 campaign of the source report (DOMAIN.md §4; its survey was
// taken in July 2011), 铁力市's, and 嘉荫县's small campaign of its own beside it. A later round of
// the same units and villages is covered by database tests, not by the demo.
export const FIRST_CAMPAIGN = { name: "百局联百村", start: "2010-06-01", end: "2011-08-31", surveyPeriod: "2011-07" } as const;
export const JIAYIN_CAMPAIGN = { name: "嘉荫县城乡结对共建", start: "2011-03-01", end: "2012-02-29", surveyPeriod: null } as const;
