// A runaway cell (a page pasted into 完成时限, 250 units in one cell, one name a line of leaders)
// still gives a plan the import review accepts, and says what was cut.
import { describe, expect, it } from "vitest";
import "@/lib/validation/zod-locale";
import { parsedPlanSchema } from "@/lib/plans/import/parsed-plan-schema";
import { parsePlanDocument, parsePlanText, type PlanDocument } from "@/lib/plans/parser";

const cell = (text: string) => ({ text });
const row = (...texts: string[]) => ({ cells: texts.map(cell) });

describe("a parse always fits the review", () => {
  it("cuts an over-long deadline, too many units and a long title, with one warning each", () => {
    const units = Array.from({ length: 250 }, (_, i) => `第${i + 1}中学`).join("、");
    const doc: PlanDocument = {
      format: "docx",
      blocks: [
        { kind: "paragraph", text: "某县2025年重点工作任务分解表" },
        {
          kind: "table",
          rows: [
            row("序号", "重点任务", "分管领导", "责任单位", "完成时限"),
            row("1", `${"推进".repeat(400)}。`, "张伟\n李强", units, "2025年12月底".repeat(60)),
          ],
        },
      ],
    };
    const plan = parsePlanDocument(doc);
    const task = plan.sections.flatMap((s) => s.tasks)[0]!;
    expect(task.leaders).toEqual(["张伟", "李强"]);
    expect(task.units).toHaveLength(200);
    expect(task.deadline!.length).toBeLessThanOrEqual(500);
    expect(plan.warnings.map((w) => w.message)).toEqual(expect.arrayContaining(["完成时限超过 500 字，已截断", "责任单位超过 200 个或名称过长，已截断"]));
    expect(parsedPlanSchema.safeParse(plan).success).toBe(true);
  });

  // 20 000 items took minutes before the sibling scans were made linear (a blocked server); bench/ holds speed goals.
  it("a 20 000-item list stays within the review's 2 000 tasks and says so", () => {
    const text = ["某区2025年工作要点", ...Array.from({ length: 20_000 }, () => "1.加强管理，提升质量")].join("\n");
    const plan = parsePlanText(text);
    expect(plan.sections.flatMap((s) => s.tasks)).toHaveLength(2_000);
    expect(plan.warnings.map((w) => w.message)).toContain("任务超过 2000 项，其余未导入");
    expect(parsedPlanSchema.safeParse(plan).success).toBe(true);
  });
});
