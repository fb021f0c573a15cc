// Work points that state an item's date in its text (6月底前完成…) instead of a 完成时限.
import { describe, expect, it } from "vitest";
import { parsePlanText } from "@/lib/plans/parser";
import { allTasks } from "./load-document";

const plan = (...items: string[]) => parsePlanText(["2025年全县教育工作要点", "一、重点工作", ...items].join("\n"));

describe("a deadline stated in an item's own text", () => {
  it("in the item's sentence, is the task's deadline when no 完成时限 is given", () => {
    const [a, b, c] = allTasks(
      plan(
        "1.全面落实校长负责制，6月底前完成全部中小学校章程修订。",
        "2.推进“互联网+明厨亮灶”建设，学校食堂覆盖率达到100%，年底前完成。",
        "3.新建幼儿园3所，秋季学期前投入使用。",
      ),
    );
    expect([a, b, c].map((t) => [t?.deadline, t?.dueDate])).toEqual([
      ["6月底前", "2025-06-30"],
      ["年底前", "2025-12-31"],
      ["秋季学期前", "2025-08-31"],
    ]);
  });

  it("names the term with its year and 学期 (2025年秋季学期开学前)", () => {
    const [a, b] = allTasks(plan("1.2025年秋季学期开学前制定《品质课堂评价标准》。", "2.改造薄弱学校8所，2026年秋季学期开学前全部投入使用。"));
    expect([a, b].map((t) => [t?.deadline, t?.dueDate])).toEqual([
      ["2025年秋季学期开学前", "2025-08-31"],
      ["2026年秋季学期开学前", "2026-08-31"],
    ]);
  });

  it("takes the latest of several stages", () => {
    const [task] = allTasks(plan("1.推进集团化办学，3月底前制定方案，2025年9月中旬前完成组建。"));
    expect(task).toMatchObject({ deadline: "2025年9月中旬前", dueDate: "2025-09-20" });
  });

  it("leaves a recurring date, a target year and a word that only ends in 底 alone", () => {
    const tasks = allTasks(
      plan(
        "1.加强安全管理。每月10日前报送隐患排查情况，每年12月底前报送自查报告，每学期秋季开学前开展安全检查。",
        "2.普及学前教育。到2025年学前三年毛入园率达到92%。",
        "3.开展学情摸底。摸底前制定方案。",
      ),
    );
    expect(tasks.map((t) => t.deadline)).toEqual([null, null, null]);
  });

  it("in a measure, may date one step of the task: pointed out, not taken", () => {
    const p = plan("1.推进学前教育普惠发展。于2025年6月底前完成摸底调查，扩大普惠性资源。");
    expect(allTasks(p)[0]).toMatchObject({ deadline: null, dueDate: null });
    expect(p.warnings).toEqual([{ line: 3, message: "任务“推进学前教育普惠发展”没有写完成时限，内容中提到“2025年6月底前”，请核对" }]);
  });

  it("leaves a date before the plan's year, one in a recurring or banned action, alone", () => {
    const tasks = allTasks(
      plan(
        "1.做好小学招生，招收2019年8月31日前出生的适龄儿童入学。",
        "2.开展校舍安全鉴定，对2010年底前建成的校舍全面鉴定。",
        "3.加强校园安全管理，每年春季和秋季开学前开展安全大检查。",
        "4.规范办学行为，严禁学校在寒假前提前放假。",
      ),
    );
    expect(tasks.map((t) => t.deadline)).toEqual([null, null, null, null]);
  });

  it("gives way to the item's 完成时限", () => {
    const [task] = allTasks(plan("1.完善学校章程。6月底前完成章程修订。（完成时限：2025年9月）"));
    expect(task?.deadline).toBe("2025年9月");
  });
});
