// The one list component: columns written once, each record drawn once, a table at a desk and cards on a phone.
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
  it("draws each record once, as a table row that data-list.css restyles as a card on a phone", () => {
    const html = render();
    expect(html.match(/data-testid="village-row"/g)).toHaveLength(2);
    expect(html.match(/>满天红村</g)).toHaveLength(1);
    expect(html).not.toContain("<li");
    expect(html).toContain('class="data-list cards-sm"');
    for (const header of ["村名", "乡镇", "户数", "编号"]) expect(html).toContain(`>${header}</th>`);
  });

  it("labels a card's fields with the column headers and marks the title, meta and table-only cells", () => {
    const html = render();
    expect(html).toContain('<td data-label="户数">595</td>');
    expect(html).toContain('<td data-card="title">满天红村</td>');
    expect(html).toContain('<td data-card="meta">铁力镇</td>');
    expect(html).toContain('<td data-card="none">#1</td>');
  });

  it("holds a column's card form beside its table form when the two differ", () => {
    const html = render({ columns: [{ ...columns[0], cardCell: (v) => `${v.township}${v.name}` }] });
    expect(html).toContain('<span class="table-only">满天红村</span><span class="card-only">铁力镇满天红村</span>');
  });

  it("puts the totals in the table's foot, each a labelled line on the phone's card", () => {
    const html = render({ foot: { label: "合计", cells: [, , "595"], testIds: [, , "households-total"] } });
    expect(html.match(/data-testid="households-total"/g)).toHaveLength(1);
    expect(html).toContain('<tfoot><tr><th scope="row" colSpan="2">合计</th><td data-label="户数" data-testid="households-total">595</td>');
  });
});
