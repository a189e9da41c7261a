// The one list component: columns written once give both the desk's table and the phone's cards.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataList, type ListColumn } from "@/components/ui/data-list";

type Village = { id: number; name: string; township: string; households: number | null };
const rows: Village[] = [
  { id: 1, name: "满天红村", township: "铁力镇", households: 595 },
  { id: 2, name: "东风村", township: "铁力镇", households: null },
];
const columns: ListColumn<Village>[] = [
  { header: "村名", cell: (v) => v.name, card: "title" },
  { header: "乡镇", cell: (v) => v.township, card: "meta" },
  { header: "户数", cell: (v) => v.households ?? "—", numeric: true },
  { header: "编号", cell: (v) => `#${v.id}`, card: "none" },
];

const render = (props: Partial<Parameters<typeof DataList<Village>>[0]> = {}) =>
  renderToStaticMarkup(createElement(DataList<Village>, { caption: "行政村", columns, rows, rowKey: (v) => v.id, testId: "village", ...props }));

describe("DataList", () => {
  it("draws one table row and one card per record, each from the same columns", () => {
    const html = render();
    expect(html.match(/data-testid="village-row"/g)).toHaveLength(2);
    expect(html.match(/<li /g)).toHaveLength(2);
    expect(html).toContain('data-testid="village-cards"');
    for (const header of ["村名", "乡镇", "户数", "编号"]) expect(html).toContain(`>${header}</th>`);
  });

  it("labels a card's fields with the column headers and leaves out table-only columns", () => {
    const cards = render().split("<table")[0];
    expect(cards).toContain("<dt");
    expect(cards).toContain(">户数</dt>");
    expect(cards).toContain(">595</dd>");
    expect(cards).not.toContain("编号");
    expect(cards).not.toContain("#1");
    expect(cards).not.toContain(">村名</dt>");
  });

  it("puts the totals under the table and as the last card, their test ids on the table only", () => {
    const html = render({ foot: { label: "合计", cells: [, , "595"], testIds: [, , "households-total"] } });
    expect(html.match(/data-testid="households-total"/g)).toHaveLength(1);
    expect(html).toContain('<th scope="row" colSpan="2"');
    expect(html.split("<table")[0]).toContain("合计");
  });
});
