// A 督办单 as a Word document in the layout of an official notice: A4, the
// title in 黑体, the number line under it, the fields as a two-column table in
// 仿宋, the body, and the unit's reply below. Built with the docx library.
import "server-only";
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { formatDate, formatDateTime } from "@/lib/format/date";
import { todayInChina } from "@/lib/reports/periods";
import { SLIP_FIELD_LABELS as L, SLIP_LEVEL_LABELS } from "@/lib/vocabulary";
import type { SlipDocument } from "./get-slip-document";

const HEITI = { ascii: "SimHei", hAnsi: "SimHei", eastAsia: "黑体" };
const FANGSONG = { ascii: "FangSong", hAnsi: "FangSong", eastAsia: "仿宋" };
/** Sizes in half-points: 二号 22pt for the title, 三号 16pt for the text, 四号 14pt in the table. */
const SIZE = { title: 44, text: 32, table: 28 };
/** A4 in twips, with the 公文 margins (top 3.7 cm, bottom 3.5 cm, left 2.8 cm, right 2.6 cm). */
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 2098, bottom: 1984, left: 1588, right: 1474 };

const run = (text: string, size = SIZE.text, bold = false, font = FANGSONG) => new TextRun({ text, size, bold, font });

/** One paragraph per line: Word ignores "\n" inside a run. */
const lines = (text: string, size = SIZE.text) =>
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
        properties: { page: { size: A4, margin: MARGIN } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run(L.title, SIZE.title, true, HEITI)], spacing: { after: 240 } }),
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
