// A 督办单 as a Word document in the layout of an official notice (the 公文
// fonts, sizes and A4 page of lib/docx/official-format.ts, as the bulletin):
// the title in 小标宋, the number line under it, the fields as a two-column
// table, the body in 仿宋_GB2312, and the unit's reply below. Built with docx.
import "server-only";
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { OFFICIAL_FONTS, OFFICIAL_PAGE, OFFICIAL_SIZES } from "@/lib/docx/official-format";
import { formatDate, formatDateTime } from "@/lib/format/date";
import { todayInChina } from "@/lib/reports/periods";
import { SLIP_FIELD_LABELS as L, SLIP_LEVEL_LABELS } from "@/lib/vocabulary";
import type { SlipDocument } from "./get-slip-document";

const HEITI = OFFICIAL_FONTS.heading;
const FANGSONG = OFFICIAL_FONTS.body;
/** The field table in 四号, the rest as the bulletin: 二号 title, 三号 text. */
const SIZE = { title: OFFICIAL_SIZES.title, text: OFFICIAL_SIZES.body, table: OFFICIAL_SIZES.small };

const run = (text: string, size: number = SIZE.text, bold = false, font: string = FANGSONG) => new TextRun({ text, size, bold, font });

/** One paragraph per line: Word ignores "\n" inside a run. */
const lines = (text: string, size: number = SIZE.text) =>
  text.split(/\r?\n/).map((line) => new Paragraph({ children: [run(line, size)], spacing: { line: 560 }, indent: { firstLine: size * 10 } }));

const cell = (children: Paragraph[], widthPct: number) => new TableCell({ children, width: { size: widthPct, type: WidthType.PERCENTAGE } });

function fieldTable(slip: SlipDocument): Table {
  const rows: [string, string][] = [
    [L.level, SLIP_LEVEL_LABELS[slip.level]],
    [L.unit, slip.unit.name],
    [L.task, `任务 ${slip.task.number}：${slip.task.title}（${slip.task.plan.title}）`],
    [L.dueDate, formatDate(slip.task.dueDate) || "无明确时限"],
    [L.progress, `${slip.task.progress}%`],
    [L.replyBy, formatDate(slip.replyBy)],
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            cell([new Paragraph({ children: [run(label, SIZE.table, false, HEITI)] })], 25),
            cell([new Paragraph({ children: [run(value, SIZE.table)] })], 75),
          ],
        }),
    ),
  });
}

function replySection(slip: SlipDocument): Paragraph[] {
  const heading = new Paragraph({ children: [run(L.reply, SIZE.text, false, HEITI)], spacing: { before: 480 } });
  if (!slip.reply || !slip.repliedAt) return [heading, ...lines("（尚未回复）")];
  return [
    heading,
    ...lines(slip.reply),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [run(`${slip.unit.name}${slip.repliedBy ? ` ${slip.repliedBy}` : ""}  ${formatDateTime(slip.repliedAt)}`)],
    }),
  ];
}

export async function writeSlipDocx(slip: SlipDocument): Promise<Buffer> {
  const doc = new Document({
    creator: slip.issuer,
    title: `${L.title} ${slip.numberText}`,
    sections: [
      {
        properties: { page: OFFICIAL_PAGE },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run(L.title, SIZE.title, false, OFFICIAL_FONTS.title)], spacing: { after: 240 } }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [run(slip.numberText)],
            border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: "C00000", space: 8 } },
            spacing: { after: 360 },
          }),
          fieldTable(slip),
          new Paragraph({ children: [run(L.body, SIZE.text, false, HEITI)], spacing: { before: 360 } }),
          ...lines(slip.body),
          new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 480 }, children: [run(slip.issuer)] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(formatDate(todayInChina(slip.issuedAt)))] }),
          ...replySection(slip),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
