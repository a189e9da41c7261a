// How the dashboard reads its period from the URL and splits it for the rollup.
import { describe, expect, it } from "vitest";
import { daysBetween } from "@/lib/dates";
import { addMonths, lastDayOf, monthsOf, parsePeriod, presetPeriods, splitByWholeMonths } from "@/features/dashboard/period";

describe("the period", () => {
  const campaign = { from: "2010-06-01", to: "2011-08-31" };
  const today = "2026-11-27";

  it("defaults to the campaign and reads from/to, month and presets", () => {
    expect(parsePeriod({}, campaign, today)).toEqual({ period: campaign, preset: "campaign" });
    expect(parsePeriod({ from: "2010-06-01", to: "2011-08-31" }, campaign, today).preset).toBe("campaign");
    expect(parsePeriod({ month: "2011-02" }, campaign, today)).toEqual({ period: { from: "2011-02-01", to: "2011-02-28" }, preset: "month" });
    expect(parsePeriod({ from: "2010-07-01", to: "2010-07-31" }, campaign, today).preset).toBe("month");
    expect(parsePeriod({ from: "2026-01-01", to: today }, campaign, today).preset).toBe("year");
    expect(parsePeriod({ from: "2025-12-01", to: today }, campaign, today).preset).toBe("last12");
    expect(parsePeriod({ from: "2010-07-05", to: "2010-09-10" }, campaign, today).preset).toBe("custom");
  });

  it("repairs what a hand-edited URL gets wrong", () => {
    expect(parsePeriod({ from: "2011-03-01", to: "2010-09-01" }, campaign, today).period).toEqual({ from: "2010-09-01", to: "2011-03-01" });
    expect(parsePeriod({ from: "2011-02-30", to: "garbage" }, campaign, today).period).toEqual(campaign);
    expect(parsePeriod({ from: "2011-01-15" }, campaign, today).period).toEqual({ from: "2011-01-15", to: "2011-08-31" });
    expect(parsePeriod({ month: "2011-13" }, campaign, today).preset).toBe("campaign");
  });

  it("offers this year and the last twelve months", () => {
    expect(presetPeriods("2026-11-27")).toEqual({ year: { from: "2026-01-01", to: "2026-11-27" }, last12: { from: "2025-12-01", to: "2026-11-27" } });
  });

  it("does month arithmetic on the calendar", () => {
    expect(lastDayOf("2012-02")).toBe("2012-02-29");
    expect(lastDayOf("2011-12")).toBe("2011-12-31");
    expect(addMonths("2011-01", -1)).toBe("2010-12");
    expect(addMonths("2010-12", 14)).toBe("2012-02");
    expect(monthsOf({ from: "2010-11-15", to: "2011-02-01" })).toEqual(["2010-11", "2010-12", "2011-01", "2011-02"]);
    expect(daysBetween("2010-06-30", "2010-08-31")).toBe(62);
  });

  it("splits a period into rollup months and raw edges", () => {
    expect(splitByWholeMonths(campaign)).toEqual({ whole: { first: "2010-06", last: "2011-08" }, edges: [] });
    expect(splitByWholeMonths({ from: "2010-06-15", to: "2010-09-10" })).toEqual({
      whole: { first: "2010-07", last: "2010-08" },
      edges: [
        { from: "2010-06-15", to: "2010-06-30" },
        { from: "2010-09-01", to: "2010-09-10" },
      ],
    });
    expect(splitByWholeMonths({ from: "2010-06-15", to: "2010-07-10" })).toEqual({ whole: null, edges: [{ from: "2010-06-15", to: "2010-07-10" }] });
    expect(splitByWholeMonths({ from: "2010-06-01", to: "2010-06-30" })).toEqual({ whole: { first: "2010-06", last: "2010-06" }, edges: [] });
  });
});
