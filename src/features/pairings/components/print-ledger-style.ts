// The filed ledger's page style: A4 with 2 cm margins, 宋体 body, 黑体 headings, ruled tables —
// as a paper ledger in a Chinese government office looks. On screen it shows as a sheet of paper.
// Every table has a fixed layout with its column widths set (<colgroup>) and cells that wrap, so
// the sheet fits A4 portrait whatever the language, the names' length or the number of values.
export const PRINT_LEDGER_CSS = `
@page { size: A4; margin: 2cm; }
.ledger-sheet {
  font-family: "SimSun", "宋体", "Songti SC", "STSong", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", serif;
  color: #000; background: #fff; font-size: 10.5pt; line-height: 1.6;
}
.ledger-sheet h1 { font-size: 18pt; font-weight: bold; text-align: center; letter-spacing: 0.05em; margin: 0 0 0.3em; }
.ledger-sheet .ledger-meta { text-align: center; font-size: 10.5pt; margin-bottom: 1.2em; }
.ledger-sheet h2 {
  font-family: "SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
  font-size: 12pt; font-weight: bold; margin: 1.2em 0 0.4em; break-after: avoid;
}
.ledger-sheet table { width: 100%; table-layout: fixed; border-collapse: collapse; margin-bottom: 0.4em; }
.ledger-sheet th, .ledger-sheet td {
  border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; hyphens: auto;
}
.ledger-sheet th { font-weight: bold; text-align: center; }
.ledger-sheet thead { display: table-header-group; }
.ledger-sheet tr { break-inside: avoid; }
.ledger-sheet .num { text-align: center; }
.ledger-sheet .lines { white-space: pre-line; }
.ledger-sheet .muted { color: #333; }
/* An activity's photos under its row: up to four thumbnails side by side, 4:3, within the sheet. */
.ledger-sheet tr.photos td { border-top: none; }
.ledger-sheet tr.photos ul { display: flex; flex-wrap: wrap; gap: 3mm; list-style: none; margin: 0; padding: 0; }
.ledger-sheet tr.photos li { width: calc((100% - 9mm) / 4); }
.ledger-sheet tr.photos img { display: block; width: 100%; aspect-ratio: 4 / 3; object-fit: cover; border: 1px solid #999; }
.ledger-sheet .signoff { display: flex; justify-content: space-between; margin-top: 2em; }
@media screen {
  .ledger-sheet { width: 210mm; max-width: 100%; min-height: 297mm; margin: 1rem auto; padding: 2cm; box-shadow: 0 1px 6px rgb(0 0 0 / 0.15); }
}
@media screen and (max-width: 640px) {
  .ledger-sheet { padding: 1rem; min-height: 0; font-size: 10pt; }
  .ledger-scroll { overflow-x: auto; }
}
@media print {
  body { background: #fff; }
  .ledger-sheet { width: auto; margin: 0; padding: 0; box-shadow: none; }
}
`;
