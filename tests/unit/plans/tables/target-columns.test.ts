// A task table that states its figures in columns of their own (目标值 | 单位, 指标名称 | 2025年目标,
// 目标值 merged over 2024年基数 | 2025年目标), and a 批示件台账 whose dates say when a matter came in:
// the figures are the task's targets, the 单位 of measure no office, and the deadline the 办理时限.
import { describe, expect, it } from "vitest";
import { readPlanFile } from "@/lib/plans/import/read-document";
import { parsePlanDocument, textDocument, type PlanDocument } from "@/lib/plans/parser";
import { docxFromDocument } from "@/tests/support/docx";
import { ABOVE, LEFT, paragraphs, table } from "@/tests/support/plan-layouts";
import { xlsxFromDocument } from "@/tests/support/xlsx-plan";
import { allTasks } from "../load-document";

const doc = (title: string, grid: string[][]): PlanDocument => ({ format: "docx", blocks: [...paragraphs(title), table(grid)] });
const read = (plan: PlanDocument) =>
  allTasks(parsePlanDocument(plan)).map((t) => ({
    title: t.title,
    goal: t.goal,
    measures: t.measures,
    units: t.units.map((u) => u.name),
    deadline: t.deadline,
    targets: t.targets.map((x) => `${x.value}${x.unit}`),
  }));

describe("figures in columns of their own", () => {
  it("目标值 | 单位: the figure with its unit is the goal and a target; 名 and % are no offices", () => {
    const plan = doc("某县2025年度目标任务分解表", [
      ["序号", "目标任务", "目标值", "单位", "责任单位", "完成时限"],
      ["1", "发展教师党员", "12", "名", "党建办", "2025年11月30日"],
      ["2", "普通高中本科上线率", "72", "%", "高中教育股", "2025年7月10日"],
    ]);
    expect(read(plan)).toEqual([
      { title: "发展教师党员", goal: "目标值：12名", measures: [], units: ["党建办"], deadline: "2025年11月30日", targets: ["12名"] },
      { title: "普通高中本科上线率", goal: "目标值：72%", measures: [], units: ["高中教育股"], deadline: "2025年7月10日", targets: ["72%"] },
    ]);
    expect(parsePlanDocument(plan).warnings).toEqual([]);
  });

  it("a 单位 column of offices is still the units", () => {
    const tasks = read(
      doc("某县2025年度重点工作任务表", [
        ["序号", "重点任务", "单位", "完成时限"],
        ["1", "开展教师培训", "人事股", "2025年6月"],
      ]),
    );
    expect(tasks.map((t) => t.units)).toEqual([["人事股"]]);
  });

  it("指标名称 | 2025年目标: the indicator names the figure, and the unit in its bracket counts it", () => {
    const tasks = read(
      doc("某县2025年教育重点任务清单", [
        ["序号", "重点任务", "指标名称", "2025年目标", "责任单位"],
        ["1", "推进学前教育普及普惠", "学前三年毛入园率", "95%", "学前教育股"],
        ["2", "新建公办幼儿园", "新增公办学位（个）", "1800", "项目办"],
        ["3", "推进义务教育优质均衡", "九年义务教育巩固率（%）", "≥99", "基础教育股"],
      ]),
    );
    expect(tasks.map((t) => [t.goal, t.targets])).toEqual([
      ["学前三年毛入园率2025年目标：95%", ["95%"]],
      ["新增公办学位2025年目标：1800个", ["1800个"]],
      ["九年义务教育巩固率2025年目标：≥99%", ["99%"]],
    ]);
  });

  const twoRowHeader = doc("某县2025年重点任务推进表", [
    ["序号", "重点任务", "目标值", LEFT, "责任领导", "牵头单位", "完成时限"],
    [ABOVE, ABOVE, "2024年基数", "2025年目标", ABOVE, ABOVE, ABOVE],
    ["1", "推进学前教育普及普惠", "93.2%", "95%", "刘文斌", "学前教育股", "2025年8月31日"],
    ["2", "推进义务教育优质均衡", "98.5%", "99%", "高建军", "基础教育股", "2025年12月31日"],
  ]);
  const expected = [
    {
      title: "推进学前教育普及普惠",
      goal: "2025年目标：95%",
      measures: ["2024年基数：93.2%"],
      units: ["学前教育股"],
      deadline: "2025年8月31日",
      targets: ["95%"],
    },
    {
      title: "推进义务教育优质均衡",
      goal: "2025年目标：99%",
      measures: ["2024年基数：98.5%"],
      units: ["基础教育股"],
      deadline: "2025年12月31日",
      targets: ["99%"],
    },
  ];

  it("目标值 merged over 2024年基数 | 2025年目标: the second row is the header; the base a note, the aim the target", () => {
    expect(read(twoRowHeader)).toEqual(expected);
  });

  it.each([
    ["docx", docxFromDocument],
    ["xlsx", xlsxFromDocument],
  ] as const)("reads the same from a .%s", async (format, write) => {
    const { document } = await readPlanFile(`推进表.${format}`, await write(twoRowHeader));
    expect(read(document)).toEqual(expected);
  });
});

describe("dates a 批示件台账 keeps", () => {
  it("交办时间 / 批示时间 are when the matter came, kept as a note; the 办理时限 is the deadline; 来文名称 names the task", () => {
    const tasks = read(
      doc("领导批示件办理台账", [
        ["序号", "来文名称", "批示时间", "批示内容", "交办时间", "承办科室", "办理时限"],
        ["1", "关于加快城区幼儿园建设的建议", "2025年2月10日", "请认真研究办理，及时答复代表。", "2025年2月12日", "学前教育科", "2025年5月10日"],
      ]),
    );
    expect(tasks).toEqual([
      {
        title: "关于加快城区幼儿园建设的建议",
        goal: null,
        measures: ["请认真研究办理，及时答复代表。", "批示时间：2025年2月10日", "交办时间：2025年2月12日"],
        units: ["学前教育科"],
        deadline: "2025年5月10日",
        targets: [],
      },
    ]);
  });
});

describe("a note in brackets above a 台账", () => {
  it("（截至2025年5月20日） says as of when, and names no section", () => {
    const plan = parsePlanDocument(
      textDocument(
        [
          "白银区教育局领导批示件办理情况台账",
          "（截至2025年5月20日）",
          "",
          "序号\t批示内容\t承办科室\t办理时限",
          "1\t请研究落实校车安全管理。\t安全稳定股\t2025年3月31日",
        ].join("\n"),
      ),
    );
    expect(plan.sections.map((s) => s.title)).toEqual([""]);
    expect(plan.sections[0]?.tasks.map((t) => t.units.map((u) => u.name))).toEqual([["安全稳定股"]]);
  });
});

describe("progress a 督办台账 records month by month", () => {
  it("3月进展 | 4月进展 | 5月进展: each kept with the task under its heading, none a target", () => {
    const [task] = read(
      doc("重点工作督办台账", [
        ["序号", "督办事项", "责任单位", "3月进展", "4月进展", "5月进展"],
        ["1", "为农村学校配备校车30辆", "计财科", "完成招标", "交付12辆", "交付21辆"],
      ]),
    );
    expect([task?.measures, task?.targets]).toEqual([["3月进展：完成招标", "4月进展：交付12辆", "5月进展：交付21辆"], ["30辆"]]);
  });

  it("办理进展（1月） | 办理进展（2月） keep their months; — is no progress; 亮灯 and a — goal are kept or left as written", () => {
    const [first, second] = read(
      doc("督办事项台账", [
        ["序号", "督办事项", "承办科室", "整改目标", "办理进展（1月）", "办理进展（2月）", "亮灯"],
        ["1", "完成第三幼儿园竣工验收", "计财股", "—", "主体工程完工。", "室外配套完成80%。", "红"],
        ["2", "筹备全县教育工作会议", "办公室", "/", "—", "报告已形成第二稿。", "黄"],
      ]),
    );
    expect(first?.measures).toEqual(["办理进展（1月）：主体工程完工。", "办理进展（2月）：室外配套完成80%。", "亮灯：红"]);
    expect(second?.measures).toEqual(["办理进展（2月）：报告已形成第二稿。", "亮灯：黄"]);
    expect([first?.goal, second?.goal]).toEqual([null, null]);
  });
});
