// A bulletin as a Word file laid out like an official document (党政机关公文格式,
// GB/T 9704): A4 with the standard margins, the 文号 centred above a
// 方正小标宋 title, 仿宋_GB2312 body at 三号 with two characters' indent and a
// fixed 28-point line, 黑体 headings (一、…), tables, the issuer and date
// right-aligned, page numbers "— 1 —" at the foot. Built with the `docx`
// library; fonts are named, not embedded (Word substitutes when absent).
import "server-only";
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { OFFICIAL_FONTS, OFFICIAL_PAGE, OFFICIAL_SIZES } from "@/lib/docx/official-format";

export interface OfficialTable {
  columns: string[];
  rows: string[][];
}

export interface OfficialSection {
  /** 一、总体情况 */
  heading: string;
  paragraphs?: string[];
  table?: OfficialTable;
}

export interface OfficialDocumentContent {
  documentNumber: string;
  title: string;
  /** 主送: 各科室、各学校： */
  addressee: string;
  lead: string[];
  sections: OfficialSection[];
  issuer: string;
  /** 2025年10月8日 */
  dateText: string;
}

const FONTS = OFFICIAL_FONTS;
const SIZES = OFFICIAL_SIZES;
const BODY_LINE = { line: 560, lineRule: LineRuleType.EXACT } as const; // 28 pt
const TWO_CHARACTERS = 640; // two 16 pt characters, in twips

const run = (text: string, font: string, size: number, bold = false) => new TextRun({ text, font, size, bold });

function bodyParagraph(text: string): Paragraph {
  return new Paragraph({ children: [run(text, FONTS.body, SIZES.body)], indent: { firstLine: TWO_CHARACTERS }, spacing: BODY_LINE });
}

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    verticalAlign: VerticalAlignTable.CENTER,
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, header ? FONTS.heading : FONTS.body, SIZES.table)] })],
  });
}

function table(t: OfficialTable): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: t.columns.map((c) => cell(c, true)) }),
      ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c, false)) })),
    ],
  });
}

function section(s: OfficialSection): (Paragraph | Table)[] {
  return [
    new Paragraph({ children: [run(s.heading, FONTS.heading, SIZES.body)], indent: { firstLine: TWO_CHARACTERS }, spacing: BODY_LINE }),
    ...(s.paragraphs ?? []).map(bodyParagraph),
    ...(s.table ? [table(s.table), new Paragraph({ children: [], spacing: BODY_LINE })] : []),
  ];
}

export async function writeOfficialDocx(content: OfficialDocumentContent): Promise<Buffer> {
  const centred = (text: string, font: string, size: number) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: BODY_LINE, children: [run(text, font, size)] });
  const right = (text: string) =>
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: TWO_CHARACTERS * 2 }, spacing: BODY_LINE, children: [run(text, FONTS.body, SIZES.body)] });
  const doc = new Document({
    creator: content.issuer,
    title: content.title,
    styles: { default: { document: { run: { font: FONTS.body, size: SIZES.body } } } },
    sections: [
      {
        properties: { page: OFFICIAL_PAGE },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: FONTS.body, size: SIZES.small })],
              }),
            ],
          }),
        },
        children: [
          centred(content.documentNumber, FONTS.body, SIZES.body),
          new Paragraph({ children: [], spacing: BODY_LINE }),
          centred(content.title, FONTS.title, SIZES.title),
          new Paragraph({ children: [], spacing: BODY_LINE }),
          new Paragraph({ spacing: BODY_LINE, children: [run(content.addressee, FONTS.body, SIZES.body)] }),
          ...content.lead.map(bodyParagraph),
          ...content.sections.flatMap(section),
          new Paragraph({ children: [], spacing: BODY_LINE }),
          right(content.issuer),
          right(content.dateText),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
