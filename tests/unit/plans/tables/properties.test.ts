// Whatever a reader hands over (arbitrary tables, empty cells, ragged rows,
// huge cells, no rows), the recognisers and parsePlanDocument return a plan
// and never fail inside; and a text without tabs parses the same through its
// blocks as through parsePlanText.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parsePlanDocument, parsePlanText, textDocument, type Block, type PlanDocument, type PlanSection, type TableBlock } from "@/lib/plans/parser";
import { RECOGNISERS } from "@/lib/plans/parser/tables";

const HUGE = "推进教育高质量发展，".repeat(3000);
const LABELS = [
  "序号",
  "重点任务",
  "目标与任务",
  "具体措施",
  "整改措施",
  "问题",
  "分管县领导",
  "责任人",
  "牵头单位",
  "配合单位",
  "责任单位",
  "完成时限",
  "备注",
  "项目名称",
  "建设内容",
  "总投资（万元）",
  "建设年限",
  "指标",
  "2025年",
  "属性",
];
const WORDS = [
  "一、学前教育",
  "（一）师资",
  "1",
  "2.",
  "合计",
  "小计",
  "俞 悦",
  "县教体局、财政局",
  "2025年6月底前",
  "95%",
  "1.2亿元",
  "见附件2",
  "",
  " ",
  "\n",
  "体卫艺德育\n科",
  HUGE,
];

const cellText = fc.oneof(fc.constantFrom(...LABELS, ...WORDS), fc.string({ maxLength: 30 }), fc.string({ unit: "grapheme", maxLength: 20 }));
const cell = fc.record(
  { text: cellText, merged: fc.option(fc.constantFrom("above" as const, "left" as const), { nil: undefined }) },
  { requiredKeys: ["text"] },
);
const row = fc.record(
  {
    cells: fc.array(cell, { maxLength: 8 }),
    page: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    header: fc.option(fc.boolean(), { nil: undefined }),
  },
  { requiredKeys: ["cells"] },
);
const tableBlock: fc.Arbitrary<TableBlock> = fc.array(row, { maxLength: 12 }).map((rows) => ({ kind: "table", rows }));
const paragraph: fc.Arbitrary<Block> = fc
  .oneof(fc.constantFrom(...WORDS, "2025年工作要点", "附件2", "1.加强党建。具体项目见附件2。"), fc.string({ maxLength: 40 }))
  .map((text) => ({ kind: "paragraph", text }));
const documentArb: fc.Arbitrary<PlanDocument> = fc.array(fc.oneof(paragraph, tableBlock), { maxLength: 10 }).map((blocks) => ({ format: "docx", blocks }));

function tasksOf(sections: PlanSection[]): PlanSection["tasks"] {
  return sections.flatMap((s) => [...s.tasks, ...tasksOf(s.sections)]);
}

const RUNS = { numRuns: 150 };

describe("table recognisers on arbitrary tables", () => {
  it("match and read without throwing", () => {
    fc.assert(
      fc.property(tableBlock, (table) => {
        for (const recogniser of RECOGNISERS) {
          const header = recogniser.match(table);
          if (!header) continue;
          const reading = recogniser.read(table, header, {
            table: 1,
            firstLine: 1,
            caption: null,
            legend: new Map(),
            annex: null,
            targets: { currentYear: 2025 },
            planEndYear: 2025,
            warnings: [],
          });
          expect(["tasks", "projects", "indicators"]).toContain(reading.kind);
        }
      }),
      RUNS,
    );
  });
});

describe("parsePlanDocument on arbitrary documents", () => {
  it("never fails inside, and every table task points at a real row with a title", () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const plan = parsePlanDocument(doc);
        expect(plan.warnings.filter((w) => w.message.startsWith("解析过程出错"))).toEqual([]);
        const tables = doc.blocks.filter((b): b is TableBlock => b.kind === "table");
        for (const task of tasksOf(plan.sections)) {
          expect(task.title.trim()).not.toBe("");
          if ("table" in task.source) {
            const rows = tables[task.source.table - 1]?.rows.length ?? 0;
            expect(task.source.row).toBeGreaterThanOrEqual(1);
            expect(task.source.row).toBeLessThanOrEqual(rows);
          }
        }
        for (const p of plan.projects) expect(p.name.trim()).not.toBe("");
      }),
      RUNS,
    );
  });

  it("returns a plan for a document of empty tables, or of no blocks at all", () => {
    for (const blocks of [[], [{ kind: "table", rows: [] }], [{ kind: "table", rows: [{ cells: [] }, { cells: [{ text: "" }] }] }]] as Block[][]) {
      expect(parsePlanDocument({ format: "docx", blocks }).sections).toEqual([]);
    }
  });
});

describe("text without tabs", () => {
  const LINES = [
    "2025年教育工作要点",
    "一、加强党的建设",
    "（一）强化理论武装",
    "1.深入学习。责任单位：县教育局、财政局",
    "责任领导：俞 悦",
    "完成时限：2025年底",
    "目 录",
    "附件2",
    "",
  ];
  const line = fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 30 }), fc.string({ unit: "grapheme", maxLength: 20 }));
  const text = fc
    .tuple(fc.array(line, { maxLength: 25 }), fc.constantFrom("\n", "\r\n", "\r", "\u2028"))
    .map(([lines, separator]) => lines.join(separator))
    .filter((t) => !t.includes("\t"));

  it("parses the same through textDocument as through parsePlanText", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(parsePlanDocument(textDocument(t))).toEqual(parsePlanText(t));
      }),
      RUNS,
    );
  });
});
