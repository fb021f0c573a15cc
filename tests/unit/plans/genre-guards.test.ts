// Wordings a stranger's review found misread by rules of the genre sweep
// (see docs/decisions/0052): each rule holds, and ordinary documents read as before.
import { describe, expect, it } from "vitest";
import { parsePlanDocument, parsePlanText, resolveDeadline, textDocument, type PlanDocument } from "@/lib/plans/parser";
import { normalizeLine } from "@/lib/plans/parser/normalize";
import { statedStatus } from "@/lib/plans/parser/stated-status";
import { extractTargets } from "@/lib/plans/parser/targets";
import { allTasks } from "./load-document";

const text = (...lines: string[]) => parsePlanText(lines.join("\n"));

describe("the end of an ordinary document is not a reposting page's furniture", () => {
  it("keeps a last task whose lines start 分享 / 转发 / 图片", () => {
    const plan = text(
      "某县2025年教研工作要点",
      "一、重点工作",
      "1.开展优秀教学成果评选，做好宣传推广，",
      "分享经验做法。（责任单位：教研室）",
      "2.转发教育部典型案例，",
      "图片、视频资料于每月5日前报送县教育局。",
    );
    const [a, b] = allTasks(plan);
    expect(a?.units.map((u) => u.name)).toEqual(["教研室"]);
    expect(b?.title).toContain("转发教育部典型案例");
    expect(plan.backMatter ?? "").not.toMatch(/分享|图片/);
  });
});

describe("a stated status its bracket takes back", () => {
  it("已完成（待验收）, 已整改（未销号）, 已完成（部分学校仍有大班额） are under way, not done", () => {
    expect(["已完成（待验收）", "已整改（未销号）", "已完成（部分学校仍有大班额）", "已完成（8月验收）"].map(statedStatus)).toEqual([
      "in_progress",
      "in_progress",
      "in_progress",
      "completed",
    ]);
  });

  it("a problem over three measure rows with only one saying 已完成 is under way", () => {
    const doc: PlanDocument = {
      format: "xlsx",
      blocks: [
        {
          kind: "table",
          rows: [
            ["序号", "问题描述", "整改措施", "整改状态"],
            ["1", "经费管理不规范。", "1.开展专项检查。", "已完成"],
            ["", "", "2.追缴违规资金。", ""],
          ].map((r, i) => ({ cells: r.map((t, j) => (i === 2 && j < 2 ? { text: "", merged: "above" as const } : { text: t })) })),
        },
      ],
    };
    expect(allTasks(parsePlanDocument(doc))[0]?.status).toBe("in_progress");
  });

  it("整改情况： with its value on the next line", () => {
    const [task] = allTasks(text("某县整改清单", "一、办学条件", "1.专用教室不足", "整改措施：改造闲置校舍。", "整改情况：", "已完成。"));
    expect(task).toMatchObject({ status: "completed", measures: ["改造闲置校舍。"] });
  });
});

describe("a table after a list of one-line items", () => {
  it("stands on its own: the last item stays a task like the others", () => {
    const doc = textDocument(
      [
        "某县2025年教育工作要点",
        "一、重点任务",
        "（一）推进学前教育普惠发展",
        "（二）推进义务教育优质均衡",
        "（三）加强教师队伍建设",
        "序号\t重点任务\t责任单位",
        "1\t新建幼儿园3所\t学前办",
        "2\t补充教师120名\t人事股",
      ].join("\n"),
    );
    const titles = allTasks(parsePlanDocument(doc)).map((t) => t.title);
    expect(titles).toEqual(["推进学前教育普惠发展", "推进义务教育优质均衡", "加强教师队伍建设", "新建幼儿园3所", "补充教师120名"]);
  });
});

describe("a 督办 notice's items with their own numbered steps", () => {
  it("督办事项一 holds its 1. 2. as tasks", () => {
    const plan = text(
      "关于2025年重点工作督办事项的通知",
      "督办事项一：推进学前教育普惠发展",
      "1.新建幼儿园3所。（责任单位：学前办）",
      "2.开展保教质量评估。（责任单位：督导室）",
      "督办事项二：推进义务教育优质均衡",
      "1.完成国家督导评估认定。（责任单位：基教股）",
    );
    expect(plan.sections.map((s) => [s.title, s.tasks.map((t) => t.title)])).toEqual([
      ["推进学前教育普惠发展", ["新建幼儿园3所", "开展保教质量评估"]],
      ["推进义务教育优质均衡", ["完成国家督导评估认定"]],
    ]);
    expect(plan.warnings.map((w) => w.message).join()).not.toContain("编号不连续");
  });
});

describe("sub-items assigned one by one", () => {
  it("a bracket closing the last （n）'s own sentence assigns that item, and the group stays tasks", () => {
    const titles = allTasks(
      text("某县2025年教育工作要点", "一、学前教育", "1.扩大普惠资源", "（1）新建幼儿园3所。", "（2）推进集团化办园。（牵头单位：学前办）"),
    ).map((t) => [t.title, t.units.map((u) => u.name)]);
    expect(titles).toEqual([
      ["新建幼儿园3所", []],
      ["推进集团化办园", ["学前办"]],
    ]);
  });
});

describe("durations, symbols, labels and dates", () => {
  const targets = (s: string) => extractTargets({ text: s, starts: [{ offset: 0, line: 1 }] }, { currentYear: 2025 }).targets.map((t) => [t.value, t.unit]);

  it("15分钟教育服务圈 and 课间15分钟 are not targets; 不超过60分钟 is", () => {
    expect(targets("构建城区15分钟教育服务圈，推行课间15分钟")).toEqual([]);
    expect(targets("作业平均完成时间不超过60分钟")).toEqual([[60, "分钟"]]);
  });

  it("keeps ☑ ✔ √ in a cell and drops only emoji drawn as pictures", () => {
    expect(normalizeLine("☐已完成 ☑未完成 ✔ √ 📌👇")).toBe("☐已完成 ☑未完成 ✔ √");
  });

  it("reads a whole label beside short ones in a closing bracket, and 主办 / 协助", () => {
    const [a, b] = allTasks(
      text(
        "某县2025年工作要点",
        "一、重点工作",
        "1.推进集团化办学。组建教育集团3个。（责任人：王建平；时限：2025年6月）",
        "2.推进课后服务。扩大覆盖面。（主办：基教股；协助：教研室）",
      ),
    );
    expect(a).toMatchObject({ leaders: ["王建平"], deadline: "2025年6月" });
    expect(b?.units.map((u) => `${u.role}:${u.name}`)).toEqual(["lead:基教股", "cooperate:教研室"]);
  });

  it("春节前 without a year is the coming one; 2027's eve is 02-05", () => {
    expect(resolveDeadline("春节前", { startYear: 2025, endYear: 2025 }).dueDate).toBe("2026-02-16");
    expect(resolveDeadline("2027年春节前", { startYear: 2027, endYear: 2027 }).dueDate).toBe("2027-02-05");
  });

  it("a reposted article's byline is not its title", () => {
    const plan = text(
      "西吉教育 2025-03-05 08:30",
      "近日，西吉县教育局印发《2025年西吉县教育工作要点》。",
      "一、重点工作",
      "1.推进集团化办学。组建教育集团3个。",
    );
    expect(plan.title).toBe("2025年西吉县教育工作要点");
  });
});

describe("a workbook's sheets", () => {
  const sheet = (name: string, rows: string[][]): PlanDocument["blocks"][number] => ({
    kind: "table",
    sheet: name,
    rows: rows.map((r) => ({ cells: r.map((t) => ({ text: t })) })),
  });

  it("an office's sheet names the unit of the tasks under its chapter rows too; a sheet named after the bureau names none", () => {
    const plan = parsePlanDocument({
      format: "xlsx",
      blocks: [
        sheet("人事股", [
          ["序号", "工作任务", "完成时限"],
          ["一、教师队伍", "", ""],
          ["1", "招聘补充教师", "2025年8月"],
        ]),
        sheet("隆德县教育体育局", [
          ["序号", "工作任务", "完成时限"],
          ["1", "推进集团化办学", "2025年8月"],
        ]),
      ],
    });
    expect(plan.sections.map((s) => [s.title, s.units.map((u) => u.name)])).toEqual([
      ["教师队伍", ["人事股"]],
      ["隆德县教育体育局", []],
    ]);
  });

  it("a 类别 met again further down goes on in its section", () => {
    const plan = parsePlanDocument({
      format: "xlsx",
      blocks: [
        sheet("任务", [
          ["序号", "类别", "重点任务", "责任单位"],
          ["1", "办学条件", "新建城关第三小学", "计财股"],
          ["2", "教师队伍", "补充教师", "人事股"],
          ["3", "办学条件", "改造薄弱学校", "计财股"],
        ]),
      ],
    });
    expect(plan.sections.map((s) => [s.title, s.tasks.map((t) => t.title)])).toEqual([
      ["办学条件", ["新建城关第三小学", "改造薄弱学校"]],
      ["教师队伍", ["补充教师"]],
    ]);
  });
});
