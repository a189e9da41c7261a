// The bulletin's pure parts: how a period is written, progress by township from the dashboard's
// activity matrix, and the document the screen, print view and Word file all render.
import { describe, expect, it } from "vitest";
import { bulletinDocument } from "@/features/bulletins/document";
import { townshipProgress } from "@/features/bulletins/generate";
import type { BulletinContent } from "@/features/bulletins/content";
import { chineseDate, periodText } from "@/features/bulletins/period-text";
import { translatorFor } from "@/i18n/translator";
import { CONTENT_AREAS } from "@/lib/content-areas";

describe("a period as a Chinese document writes it", () => {
  it("names a whole month, a period within a year and one across years", () => {
    expect(periodText({ from: "2011-07-01", to: "2011-07-31" })).toBe("2011年7月");
    expect(periodText({ from: "2011-02-01", to: "2011-02-28" })).toBe("2011年2月");
    expect(periodText({ from: "2011-01-01", to: "2011-08-31" })).toBe("2011年1月1日至8月31日");
    expect(periodText({ from: "2010-06-01", to: "2011-08-31" })).toBe("2010年6月1日至2011年8月31日");
    expect(chineseDate("2011-09-13")).toBe("2011年9月13日");
  });
});

const areas = (counts: Partial<Record<(typeof CONTENT_AREAS)[number], number>>) =>
  Object.fromEntries(CONTENT_AREAS.map((a) => [a, { count: counts[a] ?? 0, last: null }])) as Parameters<typeof townshipProgress>[0][number]["areas"];
const row = (townshipId: number, townshipName: string, counts: Partial<Record<(typeof CONTENT_AREAS)[number], number>>, inEffect = true) => {
  const total = Object.values(counts).reduce((s, n) => s + (n ?? 0), 0);
  return { pairingId: 0, unitId: 0, unitName: "", villageId: 0, villageName: "", townshipId, townshipName, start: "2010-06-01", inEffect, areas: areas(counts), total, last: null };
};

describe("progress by township", () => {
  it("counts pairings in effect, those with activity, verified activities and average areas covered", () => {
    const progress = townshipProgress([
      row(1, "铁力镇", { ORG_LIFE: 2, MASS_SERVICE: 1 }),
      row(1, "铁力镇", {}),
      row(1, "铁力镇", { DEVELOPMENT: 1 }),
      row(2, "双丰镇", { ORG_LIFE: 5, CARRIER: 1, DEVELOPMENT: 1 }),
      row(2, "双丰镇", { ORG_LIFE: 9 }, false), // not in effect: left out
    ]);
    // 铁力镇: (2 + 0 + 1) areas over 3 pairings = 1.0; 双丰镇: 3 areas over 1 pairing.
    expect(progress).toEqual([
      { name: "双丰镇", pairings: 1, active: 1, verified: 7, coverage: 3 },
      { name: "铁力镇", pairings: 3, active: 2, verified: 4, coverage: 1 },
    ]);
  });
});

describe("the bulletin's document", () => {
  const content: BulletinContent = {
    issuer: "中共铁力市委组织部",
    summary: "导语。",
    closing: "",
    distribution: "报：市委常委",
    period: { from: "2011-07-01", to: "2011-07-31" },
    townshipName: null,
    figures: { pairingsInEffect: 76, verified: 20, pending: 2, confirmed: 15, pledges: 8, pledgesFulfilled: 6, openRectifications: 1 },
    townships: [],
    bestUnits: [],
    dormant: { total: 12, rows: [{ pairingId: 1, unitName: "市水务局", villageName: "丰收村", townshipName: "双丰镇", daysSince: 75, lastEver: "2011-05-17" }] },
    overduePledges: { total: 0, rows: [] },
    overdueRectifications: { total: 0, rows: [] },
    highlights: [],
  };
  const zh = translatorFor("zh-CN");
  const doc = bulletinDocument(
    { title: "七月通报", number: 3, publishedAt: new Date("2011-08-05T02:00:00Z"), createdAt: new Date("2011-08-01T02:00:00Z"), content: JSON.stringify(content) },
    (key, params) => zh(`bulletins.${key}`, params),
  );

  it("is numbered and dated the day it was published (Beijing time)", () => {
    expect(doc).toMatchObject({ masthead: "城乡党组织结对共建工作简报", numberLine: "第3期", issuer: "中共铁力市委组织部", date: "2011年8月5日", title: "七月通报", distribution: "报：市委常委" });
  });

  it("states the fulfilment rate, says how many of a long list it shows, and leaves out an empty closing", () => {
    const figures = doc.blocks.find((b) => b.kind === "table");
    expect(figures).toMatchObject({ rows: expect.arrayContaining([["承诺兑现率", "75.00%"]]) });
    expect(doc.blocks).toContainEqual({ kind: "note", text: "共 12 项，列出前 1 项。" });
    expect(doc.blocks).toContainEqual({ kind: "paragraph", text: "本期没有附照片的审核通过活动。" });
    expect(doc.blocks.some((b) => b.kind === "heading" && b.text === "下一步工作要求")).toBe(false);
  });
});
