// Fits a category label into the width beside a bar: whole words per line (Chinese breaks between
// any two characters), at most `maxLines` lines, the rest cut with "…". SVG text does not wrap by
// itself, and a label wider than its room runs over its neighbour or the chart's edge.

/** A CJK character is about a font size wide; Latin letters, digits and spaces about 0.58 of it. */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? fontSize : fontSize * 0.58;
  return width;
}

/** Words to place: Latin words keep their trailing space or hyphen; each CJK character stands alone. */
function pieces(text: string): string[] {
  return text.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef-]+-?\s*|\s+|-/g) ?? [];
}

export function wrapLabel(text: string, maxWidth: number, fontSize: number, maxLines: number): { lines: string[]; cut: boolean } {
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces(text)) {
    if (line && textWidth((line + piece).trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = "";
    }
    line += piece;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines && lines.every((l) => textWidth(l, fontSize) <= maxWidth)) return { lines, cut: false };
  const kept = lines.slice(0, maxLines);
  const cutLine = (l: string, always: boolean) => {
    if (!always && textWidth(l, fontSize) <= maxWidth) return l;
    let shorter = l;
    while (shorter && textWidth(`${shorter}…`, fontSize) > maxWidth) shorter = [...shorter].slice(0, -1).join("");
    return `${shorter.trimEnd()}…`;
  };
  return { lines: kept.map((l, i) => cutLine(l, i === kept.length - 1 && lines.length > maxLines)), cut: true };
}
