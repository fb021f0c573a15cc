// The PDF the PDF-parse benchmark reads: a 60-page 实施方案 as a bureau
// publishes it, generated (tests/support/pdf.ts) rather than stored: prose
// sections, and per section a 重点工作任务分解表 with chapter rows, multi-line
// cells and a header row repeated on every page, under a running header and
// page numbers.
import type { Block, PlanDocument, TableRow } from "@/lib/plans/parser/blocks";
import { pdfFromDocument } from "@/tests/support/pdf";

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六"];
const UNITS = ["基础教育科", "体卫艺德育科", "教研室", "计划财务科", "人事科", "教师发展中心", "各中小学校"];

const cells = (...texts: string[]): TableRow => ({ cells: texts.map((text) => ({ text })) });

function section(s: number): Block[] {
  const prose = `${NUMERALS[s]}是坚持立德树人根本任务，深化教育教学改革，完善评价机制，推动第${s + 1}方面工作提质增效。各单位要结合实际制定具体措施，明确时间表和路线图，确保按期完成。`;
  const rows: TableRow[] = [{ ...cells("序号", "重点工作任务", "主要责任单位", "协同配合单位", "完成时限"), header: true }];
  for (let c = 0; c < 3; c++) {
    // A chapter row spans the table: one cell merged over the other four.
    const chapter = `${NUMERALS[c]}、第${c + 1}类任务`;
    rows.push({ cells: [{ text: chapter }, ...Array.from({ length: 4 }, () => ({ text: chapter, merged: "left" as const }))] });
    for (let t = 0; t < 8; t++) {
      const n = s * 24 + c * 8 + t + 1;
      rows.push(
        cells(
          String(n),
          `推进第${n}项重点工作，健全工作机制，加强过程督导，定期通报进展，确保各项任务落地见效。`,
          UNITS[n % UNITS.length]!,
          `${UNITS[(n + 2) % UNITS.length]}、${UNITS[(n + 4) % UNITS.length]}`,
          `2025年${(n % 12) + 1}月底前`,
        ),
      );
    }
  }
  return [
    { kind: "paragraph", text: `${NUMERALS[s]}、第${s + 1}部分重点任务` },
    ...Array.from({ length: 4 }, () => ({ kind: "paragraph" as const, text: prose })),
    { kind: "table", rows },
  ];
}

export function benchPlanDocument(sections: number): PlanDocument {
  return {
    format: "pdf",
    blocks: [{ kind: "paragraph", text: "某县教育质量提升行动实施方案（2023—2027年）" }, ...Array.from({ length: sections }, (_, s) => section(s)).flat()],
  };
}

export function benchPlanPdf(sections: number): { bytes: Uint8Array; pages: number } {
  const bytes = pdfFromDocument(benchPlanDocument(sections), { header: "某县教育体育局文件", pageNumbers: "dash" });
  const pages =
    Buffer.from(bytes)
      .toString("latin1")
      .match(/\/Type \/Page /g)?.length ?? 0;
  return { bytes, pages };
}
