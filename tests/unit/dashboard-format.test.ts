// How the dashboard writes figures and reads its period from the URL.
import { describe, expect, it } from "vitest";
import { formatCount, formatFigure, formatRate, ratePercent } from "@/features/dashboard/format";
import { addMonths, daysBetween, lastDayOf, monthsOf, parsePeriod, presetPeriods, splitByWholeMonths } from "@/features/dashboard/period";

describe("figures", () => {
  it("writes counts with thousands separators in both languages", () => {
    expect(formatCount(1560, "zh-CN")).toBe("1,560");
    expect(formatCount(1560, "en")).toBe("1,560");
    expect(formatCount(231, "zh-CN")).toBe("231");
  });

  it("shows money of 10,000 元 or more in 万元 in Chinese, whole yuan in English", () => {
    expect(formatFigure(1_280_000, "元", true, "zh-CN")).toEqual({ value: "128", unit: "万元" });
    expect(formatFigure(40_200, "元", true, "zh-CN")).toEqual({ value: "4.02", unit: "万元" });
    expect(formatFigure(826_000, "元", true, "zh-CN")).toEqual({ value: "82.6", unit: "万元" });
    expect(formatFigure(9_999, "元", true, "zh-CN")).toEqual({ value: "9,999", unit: "元" });
    expect(formatFigure(10_000, "元", true, "zh-CN")).toEqual({ value: "1", unit: "万元" });
    expect(formatFigure(1_280_000, "yuan", true, "en")).toEqual({ value: "1,280,000", unit: "yuan" });
    expect(formatFigure(1_560, "人", false, "zh-CN")).toEqual({ value: "1,560", unit: "人" });
  });

  it("computes rates as sums over sums, with two decimals", () => {
    expect(formatRate(9_763, 10_000)).toBe("97.63%");
    expect(formatRate(9_855, 10_000)).toBe("98.55%");
    expect(formatRate(182, 231)).toBe("78.79%");
    expect(formatRate(394, 400)).toBe("98.50%");
    expect(formatRate(0, 0)).toBe("—");
    expect(ratePercent(1, 3)).toBe(33.33);
  });
});

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
