// A bulletin as a document: masthead, title and a list of blocks (headings, paragraphs, tables,
// photos). The screen, the A4 print view and the Word file all render this one structure, so the
// three always say the same thing.
import { formatRate } from "@/domain/format";
import type { Translate } from "@/i18n/translator";
import { type BulletinContent, parseContent } from "./content";
import { chineseDate } from "./period-text";
import { shanghaiDay } from "@/lib/dates";

export type Block =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "note"; text: string }
  | { kind: "table"; head: string[]; rows: string[][] }
  | { kind: "photo"; attachmentId: number | null; phoneKey: string | null; thumbKey: string | null; mimeType: string; caption: string };

export type BulletinDocument = {
  masthead: string;
  numberLine: string;
  issuer: string;
  /** 2011年9月13日: the day published (or, for a draft, the day generated). */
  date: string;
  title: string;
  blocks: Block[];
  distribution: string;
};

type BulletinRow = { title: string; number: number | null; publishedAt: Date | null; createdAt: Date; content: string };



/** `t` translates keys of the bulletins namespace (the reader's language on screen, Chinese on paper). */
export function bulletinDocument(row: BulletinRow, t: Translate): BulletinDocument {
  const c: BulletinContent = parseContent(row.content);
  const f = c.figures;
  const blocks: Block[] = [{ kind: "paragraph", text: c.summary }];
  const listed = (total: number, shown: number) => (total > shown ? [{ kind: "note" as const, text: t("listed", { total, shown }) }] : []);
  const orNone = (rows: string[][], head: string[]): Block[] => (rows.length === 0 ? [{ kind: "paragraph", text: t("noneListed") }] : [{ kind: "table", head, rows }]);

  blocks.push({ kind: "heading", text: t("sections.figures") });
  // Label and figure, one per row: reads as a list on paper and fits a phone.
  const figureRows: [string, string][] = [
    [t("figures.pairingsInEffect"), String(f.pairingsInEffect)],
    [t("figures.verified"), String(f.verified)],
    [t("figures.confirmed"), String(f.confirmed)],
    [t("figures.pending"), String(f.pending)],
    [t("figures.pledges"), String(f.pledges)],
    [t("figures.pledgesFulfilled"), String(f.pledgesFulfilled)],
    [t("figures.fulfilmentRate"), formatRate(f.pledgesFulfilled, f.pledges)],
    [t("figures.openRectifications"), String(f.openRectifications)],
  ];
  blocks.push({ kind: "table", head: [t("table.item"), t("table.figure")], rows: figureRows });

  blocks.push({ kind: "heading", text: t("sections.townships") });
  blocks.push(...orNone(c.townships.map((x) => [x.name, String(x.pairings), String(x.active), String(x.verified), x.coverage.toFixed(1)]), [t("table.township"), t("table.pairings"), t("table.active"), t("table.verified"), t("table.coverage")]));

  blocks.push({ kind: "heading", text: t("sections.bestUnits") });
  blocks.push(...orNone(c.bestUnits.map((u, i) => [String(i + 1), u.name, String(u.activities), String(u.coverage)]), [t("table.rank"), t("table.unit"), t("table.activities"), t("table.areas")]));

  blocks.push({ kind: "heading", text: t("sections.dormant") });
  blocks.push(
    ...orNone(
      c.dormant.rows.map((d) => [d.unitName, `${d.townshipName}${d.villageName}`, String(d.daysSince), d.lastEver ? chineseDate(d.lastEver) : t("table.never")]),
      [t("table.unit"), t("table.village"), t("table.idleDays"), t("table.lastActivity")],
    ),
    ...listed(c.dormant.total, c.dormant.rows.length),
  );

  blocks.push({ kind: "heading", text: t("sections.overduePledges") });
  blocks.push(
    ...orNone(c.overduePledges.rows.map((p) => [p.text, p.who, `${p.unitName}—${p.villageName}`, chineseDate(p.dueDate)]), [t("table.content"), t("table.who"), t("table.unit"), t("table.dueDate")]),
    ...listed(c.overduePledges.total, c.overduePledges.rows.length),
  );

  blocks.push({ kind: "heading", text: t("sections.overdueRectifications") });
  blocks.push(
    ...orNone(c.overdueRectifications.rows.map((r) => [r.text, `${r.unitName}—${r.villageName}`, r.who, chineseDate(r.dueDate)]), [t("table.content"), t("table.unit"), t("table.inspectors"), t("table.dueDate")]),
    ...listed(c.overdueRectifications.total, c.overdueRectifications.rows.length),
  );

  blocks.push({ kind: "heading", text: t("sections.highlights") });
  if (c.highlights.length === 0) blocks.push({ kind: "paragraph", text: t("noHighlights") });
  for (const h of c.highlights) {
    blocks.push({
      kind: "photo",
      attachmentId: h.photo?.attachmentId ?? null,
      phoneKey: h.photo?.phoneKey ?? null,
      thumbKey: h.photo?.thumbKey ?? null,
      mimeType: h.photo?.mimeType ?? "",
      caption: t("highlightCaption", { unit: h.unitName, village: h.villageName, title: h.title, date: chineseDate(h.date) }),
    });
  }

  if (c.closing) blocks.push({ kind: "heading", text: t("sections.closing") }, { kind: "paragraph", text: c.closing });

  return {
    masthead: t("masthead"),
    numberLine: row.number ? t("numberLabel", { number: row.number }) : t("draftLabel"),
    issuer: c.issuer,
    date: chineseDate(shanghaiDay(row.publishedAt ?? row.createdAt)),
    title: row.title,
    blocks,
    distribution: c.distribution,
  };
}
