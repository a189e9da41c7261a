import "server-only";
// The bulletin as a Word file (.docx, made with the docx library) for Word and WPS: A4, the red
// masthead of an official bulletin, ruled tables and each highlight's photo. Photos are the light
// phone copy (no EXIF), turned into JPEG because Word does not read WebP.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from "docx";
import sharp from "sharp";
import { readStored } from "@/features/attachments";
import type { Block, BulletinDocument } from "./document";

const RED = "C00000";
const FONT = { ascii: "SimSun", eastAsia: "SimSun", hAnsi: "SimSun" };
const HEADING_FONT = { ascii: "SimHei", eastAsia: "SimHei", hAnsi: "SimHei" };
/** Text width of A4 with 2.6 cm / 2.8 cm margins, in twips (1/1440 inch), and photos at most 14 cm wide. */
const TEXT_WIDTH = 8900;
const PHOTO_PX = 520;

const run = (text: string, options: { bold?: boolean; size?: number; color?: string; heading?: boolean } = {}) =>
  new TextRun({ text, bold: options.bold, size: options.size ?? 28, color: options.color, font: options.heading ? HEADING_FONT : FONT });

function table(block: Extract<Block, { kind: "table" }>): Table {
  const cell = (text: string, head: boolean) =>
    new TableCell({ children: [new Paragraph({ alignment: head ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(text, { bold: head, size: 21 })] })] });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    rows: [
      new TableRow({ tableHeader: true, children: block.head.map((h) => cell(h, true)) }),
      ...block.rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) })),
    ],
  });
}

async function photo(block: Extract<Block, { kind: "photo" }>): Promise<Paragraph[]> {
  const caption = new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(block.caption, { size: 21 })] });
  const key = block.phoneKey ?? block.thumbKey;
  const bytes = key ? await readStored(key) : null;
  if (!bytes) return [caption];
  const image = sharp(bytes).rotate().resize({ width: 1200, withoutEnlargement: true });
  const { data, info } = await image.jpeg({ quality: 82 }).toBuffer({ resolveWithObject: true });
  const width = Math.min(PHOTO_PX, info.width);
  const height = Math.round((info.height * width) / info.width);
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: "jpg", data, transformation: { width, height }, altText: { name: "photo", description: block.caption, title: block.caption } })] }),
    caption,
  ];
}

async function body(blocks: Block[]): Promise<(Paragraph | Table)[]> {
  const out: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    if (b.kind === "heading") out.push(new Paragraph({ spacing: { before: 240, after: 120 }, children: [run(b.text, { heading: true, size: 30 })] }));
    else if (b.kind === "paragraph") out.push(new Paragraph({ indent: { firstLine: 560 }, spacing: { line: 460 }, children: [run(b.text, { size: 30 })] }));
    else if (b.kind === "note") out.push(new Paragraph({ children: [run(b.text, { size: 21, color: "555555" })] }));
    else if (b.kind === "table") out.push(table(b), new Paragraph({ children: [] }));
    else out.push(...(await photo(b)));
  }
  return out;
}

export async function bulletinDocx(doc: BulletinDocument): Promise<Buffer> {
  const masthead = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [run(doc.masthead, { bold: true, size: 56, color: RED, heading: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [run(doc.numberLine, { size: 30 })] }),
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      border: { bottom: { style: BorderStyle.THICK, size: 18, color: RED, space: 4 } },
      children: [run(doc.issuer, { size: 28 }), new TextRun({ text: "\t" }), run(doc.date, { size: 28 })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360, after: 240 }, children: [run(doc.title, { bold: true, size: 36, heading: true })] }),
  ];
  const footer = doc.distribution
    ? [new Paragraph({ spacing: { before: 480 }, border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 4 } }, children: [run(doc.distribution, { size: 24 })] })]
    : [];
  const document = new Document({
    creator: doc.issuer,
    title: doc.title,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        children: [...masthead, ...(await body(doc.blocks)), ...footer],
      },
    ],
  });
  return Packer.toBuffer(document);
}
