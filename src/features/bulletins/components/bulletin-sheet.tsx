import type { BulletinDocument } from "../document";
import { lightUrlOf } from "../photo-url";

// An official bulletin (简报) on paper: the red masthead, its number, the issuing office and the
// date over a red rule, the title, then the body. 仿宋 body, 黑体 headings, as such documents are set.
export const BULLETIN_CSS = `
@page { size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm; }
.bulletin-sheet { font-family: "FangSong", "仿宋", "STFangsong", "SimSun", "宋体", "Noto Serif CJK SC", "Source Han Serif SC", serif; color: #000; background: #fff; font-size: 14pt; line-height: 1.75; }
.bulletin-sheet .masthead { color: #c00000; text-align: center; font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 26pt; font-weight: bold; letter-spacing: 0.08em; margin: 0; line-height: 1.3; }
.bulletin-sheet .number { text-align: center; margin: 0.4em 0; }
.bulletin-sheet .issue-line { display: flex; justify-content: space-between; gap: 1em; border-bottom: 3px solid #c00000; padding-bottom: 0.2em; }
.bulletin-sheet h1 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; text-align: center; font-size: 18pt; margin: 1.2em 0 0.8em; line-height: 1.4; }
.bulletin-sheet h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 14pt; font-weight: normal; margin: 1em 0 0.3em; break-after: avoid; }
.bulletin-sheet p.body { text-indent: 2em; margin: 0 0 0.4em; white-space: pre-line; }
.bulletin-sheet p.note { font-size: 10.5pt; color: #333; margin: 0.2em 0 0.6em; }
.bulletin-sheet .table-wrap { overflow-x: auto; }
.bulletin-sheet table { width: 100%; border-collapse: collapse; font-size: 10.5pt; line-height: 1.5; margin: 0.3em 0 0.6em; }
.bulletin-sheet th, .bulletin-sheet td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
.bulletin-sheet th { text-align: center; }
.bulletin-sheet tr { break-inside: avoid; }
.bulletin-sheet figure { margin: 0.6em 0; text-align: center; break-inside: avoid; }
.bulletin-sheet figure img { max-width: min(12cm, 100%); max-height: 9cm; width: auto; height: auto; display: inline-block; }
.bulletin-sheet figcaption { font-size: 10.5pt; }
.bulletin-sheet .distribution { margin-top: 2em; border-top: 1px solid #000; border-bottom: 1px solid #000; font-size: 12pt; padding: 0.2em 0; }
@media screen { .bulletin-sheet.paper { width: 210mm; max-width: 100%; min-height: 297mm; margin: 1rem auto; padding: 2.5cm 2.6cm; box-shadow: 0 1px 6px rgb(0 0 0 / 0.15); } }
@media screen and (max-width: 640px) { .bulletin-sheet { font-size: 12pt; } .bulletin-sheet.paper { padding: 1rem; min-height: 0; } .bulletin-sheet .masthead { font-size: 18pt; } .bulletin-sheet .issue-line { font-size: 10.5pt; } }
@media print { body { background: #fff; } .bulletin-sheet.paper { width: auto; margin: 0; padding: 0; box-shadow: none; } }
`;

/** The document as a sheet: on screen in a card, in the print view as a sheet of A4. */
export function BulletinSheet({ doc, paper = false }: { doc: BulletinDocument; paper?: boolean }) {
  return (
    <article className={paper ? "bulletin-sheet paper" : "bulletin-sheet"} data-testid="bulletin-sheet">
      <p className="masthead">{doc.masthead}</p>
      <p className="number">{doc.numberLine}</p>
      <div className="issue-line">
        <span>{doc.issuer}</span>
        <span>{doc.date}</span>
      </div>
      <h1>{doc.title}</h1>
      {doc.blocks.map((b, i) => {
        switch (b.kind) {
          case "heading":
            return <h2 key={i}>{b.text}</h2>;
          case "paragraph":
            return <p key={i} className="body">{b.text}</p>;
          case "note":
            return <p key={i} className="note">{b.text}</p>;
          case "table":
            return (
              <div key={i} className="table-wrap">
                <table>
                  <thead>
                    <tr>{b.head.map((h) => <th key={h}>{h}</th>)}</tr>
                  </thead>
                  <tbody>
                    {b.rows.map((r, j) => (
                      <tr key={j}>{r.map((c, k) => <td key={k}>{c}</td>)}</tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          case "photo": {
            const src = lightUrlOf(b);
            return (
              <figure key={i}>
                {/* eslint-disable-next-line @next/next/no-img-element -- the app's own light copy, after a scope check; never lazy, so it is there when printed */}
                {src && <img src={src} alt={b.caption} />}
                <figcaption>{b.caption}</figcaption>
              </figure>
            );
          }
        }
      })}
      {doc.distribution && <p className="distribution">{doc.distribution}</p>}
    </article>
  );
}
