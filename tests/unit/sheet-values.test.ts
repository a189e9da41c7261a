// The cell forms an import accepts (src/domain/sheet-values.ts): days as Chinese sheets write
// them, Excel serial numbers, numbers typed as text, and what each refusal is called.
import { describe, expect, it } from "vitest";
import { dayToSerial, parseSheetChoice, parseSheetDay, parseSheetWholeNumber, serialToDay } from "@/domain/sheet-values";

describe("a day in a cell", () => {
  it("reads the forms Chinese sheets use", () => {
    for (const form of ["2011-09-13", "2011-9-13", "2011.9.13", "2011/9/13", "2011/09/13", "2011年9月13日", "2011 年 9 月 13 日", "2011年09月13", "２０１１.９.１３", "2011-09-13 08:30"]) {
      expect(parseSheetDay(form), form).toEqual({ ok: true, value: "2011-09-13" });
    }
  });

  it("reads Excel serial numbers, as numbers and as the text a CSV keeps", () => {
    expect(dayToSerial("2011-09-13")).toBe(40799);
    expect(serialToDay(40799)).toBe("2011-09-13");
    expect(parseSheetDay(40799)).toEqual({ ok: true, value: "2011-09-13" });
    expect(parseSheetDay(40799.75)).toEqual({ ok: true, value: "2011-09-13" });
    expect(parseSheetDay("40799")).toEqual({ ok: true, value: "2011-09-13" });
    expect(parseSheetDay(new Date(Date.UTC(2011, 8, 13)))).toEqual({ ok: true, value: "2011-09-13" });
  });

  it("refuses days that do not exist, and says so apart from an unreadable form", () => {
    for (const impossible of ["2011-02-30", "2011.2.29", "2011年13月1日", "2011/4/31"]) {
      expect(parseSheetDay(impossible), impossible).toEqual({ ok: false, problem: "dateImpossible" });
    }
    for (const unreadable of ["13/9/2011", "九月十三日", "2011-09", "next week", 12, -5, true]) {
      expect(parseSheetDay(unreadable), String(unreadable)).toEqual({ ok: false, problem: "dateFormat" });
    }
    expect(parseSheetDay("  ")).toEqual({ ok: false, problem: "required" });
    expect(parseSheetDay(null)).toEqual({ ok: false, problem: "required" });
  });
});

describe("a whole number in a cell", () => {
  it("reads numbers, grouped text and a unit the header names", () => {
    expect(parseSheetWholeNumber(12, 100)).toEqual({ ok: true, value: 12 });
    expect(parseSheetWholeNumber(" 1,280 ", 10_000)).toEqual({ ok: true, value: 1280 });
    expect(parseSheetWholeNumber("5000元", 10_000, { suffix: "元" })).toEqual({ ok: true, value: 5000 });
    expect(parseSheetWholeNumber("", 100)).toEqual({ ok: true, value: 0 });
    expect(parseSheetWholeNumber("", 100, { required: true })).toEqual({ ok: false, problem: "required" });
  });

  it("names each refusal", () => {
    expect(parseSheetWholeNumber("十二", 100)).toEqual({ ok: false, problem: "notNumber" });
    expect(parseSheetWholeNumber("约10", 100)).toEqual({ ok: false, problem: "notNumber" });
    expect(parseSheetWholeNumber(-3, 100)).toEqual({ ok: false, problem: "negative" });
    expect(parseSheetWholeNumber("-3", 100)).toEqual({ ok: false, problem: "negative" });
    expect(parseSheetWholeNumber(2.5, 100)).toEqual({ ok: false, problem: "notWhole" });
    expect(parseSheetWholeNumber(101, 100)).toEqual({ ok: false, problem: "tooBig" });
    expect(parseSheetWholeNumber(new Date(), 100)).toEqual({ ok: false, problem: "notNumber" });
  });
});

describe("a choice in a cell", () => {
  const kinds = [
    { code: "ORGAN", labels: ["机关", "Government organ"] },
    { code: "ENTERPRISE", labels: ["企业"] },
  ] as const;
  it("matches a label or the code, else names it unknown", () => {
    expect(parseSheetChoice("机关", kinds)).toEqual({ ok: true, value: "ORGAN" });
    expect(parseSheetChoice("enterprise", kinds)).toEqual({ ok: true, value: "ENTERPRISE" });
    expect(parseSheetChoice("医院", kinds)).toEqual({ ok: false, problem: "unknownChoice" });
    expect(parseSheetChoice("", kinds)).toEqual({ ok: false, problem: "required" });
  });
});
