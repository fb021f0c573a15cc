// A 整改清单 or 台账 states each row's status (整改状态：已完成 / 整改中): the
// task is imported with it, in a table column or after a prose label.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DraftTaskCard } from "@/components/plans/import/draft-task-card";
import { allDraftTasks, fromDraft, toDraft, updateTask } from "@/lib/plans/import/draft";
import { parsePlanDocument, parsePlanText, type PlanDocument } from "@/lib/plans/parser";
import { statedStatus } from "@/lib/plans/parser/stated-status";
import { allTasks } from "./load-document";

const table = (header: string[], ...rows: string[][]): PlanDocument => ({
  format: "xlsx",
  blocks: [
    { kind: "paragraph", text: "某县教育局2025年巡察反馈问题整改清单" },
    { kind: "table", rows: [header, ...rows].map((r) => ({ cells: r.map((text) => ({ text })) })) },
  ],
});

describe("the status a row states", () => {
  it("reads the words bureaus use, and nothing that only mentions them", () => {
    expect(["已完成", "已整改", "整改完成。", "已办结", "已销号", " 已 完 成 ", "已完成（2024年6月验收）"].map(statedStatus)).toEqual(
      Array(7).fill("completed"),
    );
    expect(["整改中", "正在整改", "推进中", "持续推进", "基本完成", "长期坚持"].map(statedStatus)).toEqual(Array(6).fill("in_progress"));
    // A 督查通报's words: on schedule is under way, behind is delayed; 是否办结's answer.
    expect(["序时推进", "按计划推进", "未办结", "否"].map(statedStatus)).toEqual(Array(4).fill("in_progress"));
    expect(["滞后", "进度滞后", "严重滞后"].map(statedStatus)).toEqual(Array(3).fill("delayed"));
    expect(statedStatus("是")).toBe("completed");
    expect(["", "未完成", "已完成3所，另2所正在施工", "计划于2025年完成", "完成率90%", "已完成任务的80%"].map(statedStatus)).toEqual(Array(6).fill(null));
  });

  it("未启动 / 尚未开始: the status a task has until it is reported on, so no status and no measure repeating it", () => {
    const plan = parsePlanDocument(
      table(
        ["序号", "问题描述", "整改措施", "责任单位", "整改进展"],
        ["1", "D级危房尚未拆除", "拆除D级危房。", "计财股", "未启动"],
        ["2", "专用教室不足", "改造闲置校舍。", "计财股", "尚未开始"],
      ),
    );
    expect(allTasks(plan).map((t) => [t.status ?? null, t.measures])).toEqual([
      [null, ["拆除D级危房。"]],
      [null, ["改造闲置校舍。"]],
    ]);
  });

  it("takes “done” written where the deadline was as the status, keeping a deadline it still names", () => {
    expect(statedStatus("已完成，长期坚持")).toBe("completed");
    const doc = table(
      ["序号", "问题描述", "整改措施", "责任单位", "整改时限"],
      ["1", "专用教室不足", "改造闲置校舍。", "计财股", "已整改"],
      ["2", "收费管理不规范", "建立公示制度。", "基教股", "已完成，长期坚持"],
      ["3", "培训经费不足", "足额安排培训经费。", "人事股", "长期坚持"],
      ["4", "校舍维修滞后", "完成维修。", "计财股", "2025年9月底前"],
    );
    const plan = parsePlanDocument(doc);
    expect(allTasks(plan).map((t) => [t.status ?? null, t.deadline, t.ongoing])).toEqual([
      ["completed", null, false],
      ["completed", "已完成，长期坚持", true],
      [null, "长期坚持", true],
      [null, "2025年9月底前", false],
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it("takes a 整改状态 column as the task's status, and keeps a longer note as a measure", () => {
    const doc = table(
      ["序号", "问题描述", "整改措施", "责任单位", "整改时限", "整改状态"],
      ["1", "专用教室不足", "改造闲置校舍。", "计财股", "2025年6月30日", "已完成"],
      ["2", "培训经费不足", "足额安排培训经费。", "人事股", "长期坚持", "整改中"],
      ["3", "校舍维修滞后", "完成维修。", "计财股", "2025年9月底前", "已完成（8月验收）"],
      ["4", "课后服务覆盖不足", "扩大覆盖面。", "基教股", "2025年12月底前", "已完成3所，另2所正在推进"],
      ["5", "食堂管理不规范", "建立台账。", "后勤股", "2025年6月底前", ""],
    );
    const tasks = allTasks(parsePlanDocument(doc));
    expect(tasks.map((t) => t.status ?? null)).toEqual(["completed", "in_progress", "completed", null, null]);
    expect(tasks.map((t) => t.measures)).toEqual([
      ["改造闲置校舍。"],
      ["足额安排培训经费。"],
      ["完成维修。", "整改状态：已完成（8月验收）"],
      ["扩大覆盖面。", "整改状态：已完成3所，另2所正在推进"],
      ["建立台账。"],
    ]);
  });

  it("reads the status from a 台账's progress column under its other names (整改进度, 进展, 是否完成…)", () => {
    for (const label of ["整改进度", "进度", "工作进展", "整改完成情况", "办结情况", "是否完成", "是否办结", "进度评价"]) {
      const doc = table(
        ["序号", "存在问题", "整改措施", "责任单位", "整改时限", label],
        ["1", "校外培训机构监管不到位。", "开展专项治理。", "监管科", "长期坚持", "已完成"],
        ["2", "教师缺编89人。", "公开招聘教师。", "人事科", "2025年12月31日", "已招聘教师45名，其余正在办理"],
      );
      const tasks = allTasks(parsePlanDocument(doc));
      expect(tasks.map((t) => t.status ?? null)).toEqual(["completed", null]);
      expect(tasks[1]!.measures).toEqual(["公开招聘教师。", `${label}：已招聘教师45名，其余正在办理`]);
    }
  });

  it("a 通报's table: 是 / 否 under 是否办结, 序时推进 / 滞后 under 进度评价, one row behind makes a merged problem delayed", () => {
    const doc = table(
      ["序号", "督办事项", "责任科室", "办理时限", "是否办结"],
      ["1", "制定校长职级制改革实施方案。", "人事科", "2025年6月", "是"],
      ["2", "推进东关小学抗震加固工程。", "计财科", "2025年9月", "否"],
    );
    expect(allTasks(parsePlanDocument(doc)).map((t) => t.status)).toEqual(["completed", "in_progress"]);
    const report = table(
      ["序号", "重点任务", "责任科室", "时间节点", "进度评价"],
      ["1", "新创建市级党建示范校3所。", "党建办", "2025年12月", "序时推进"],
      ["2", "校园视频监控联网率达到100%。", "安全科", "2025年6月", "进度滞后"],
    );
    const tasks = allTasks(parsePlanDocument(report));
    expect(tasks.map((t) => t.status)).toEqual(["in_progress", "delayed"]);
    // The status word alone is not repeated as a measure.
    expect(tasks[1]!.measures).toEqual([]);
  });

  it("a problem merged over its measure rows is done only when every row is, and keeps each row's status", () => {
    const doc: PlanDocument = {
      format: "xlsx",
      blocks: [
        { kind: "paragraph", text: "某市巡察反馈问题整改清单" },
        {
          kind: "table",
          rows: [
            ["序号", "问题描述", "整改措施", "整改时限", "整改状态"],
            ["1", "意识形态研判不够。", "1.每半年召开专题会议。", "长期坚持", "已完成并长效坚持"],
            ["", "", "2.建立教师思想状况台账。", "2025年3月底前", "已完成"],
            ["2", "经费管理不规范。", "1.开展专项检查。", "立行立改", "已完成"],
            ["", "", "2.追缴违规列支资金。", "2025年5月", "整改中"],
          ].map((r, i) => ({ cells: r.map((text, j) => (i > 1 && (i === 2 || i === 4) && j < 2 ? { text: "", merged: "above" as const } : { text })) })),
        },
      ],
    };
    const tasks = allTasks(parsePlanDocument(doc));
    expect(tasks.map((t) => [t.title, t.status ?? null, t.measures.at(-1)])).toEqual([
      ["意识形态研判不够", "completed", "整改状态：已完成并长效坚持；已完成"],
      ["经费管理不规范", "in_progress", "整改状态：已完成；整改中"],
    ]);
  });

  it("reads a 台账's 办理情况 column, but never a 备注 that happens to say 已完成", () => {
    const doc = table(["序号", "督办事项", "责任科室", "办理时限", "办理情况", "备注"], ["1", "推进集团化办学", "基教股", "2025年8月底前", "办理中", "已完成"]);
    const [task] = allTasks(parsePlanDocument(doc));
    expect(task?.status).toBe("in_progress");
    expect(task?.measures).toEqual(["备注：已完成"]);
  });

  it("takes 整改状态：… after a prose item the same way", () => {
    const plan = parsePlanText(
      [
        "某县教育局2025年巡察反馈问题整改清单",
        "一、办学条件方面",
        "1.专用教室不足",
        "整改措施：改造闲置校舍，新建实验室3间。",
        "责任单位：计财股",
        "整改时限：2025年6月30日前",
        "整改状态：已完成",
        "2.教师培训经费落实不到位",
        "整改措施：按不低于公用经费5%安排培训经费。",
        "整改情况：已安排经费120万元，仍在落实。",
      ].join("\n"),
    );
    const [a, b] = allTasks(plan);
    expect(a).toMatchObject({ status: "completed", measures: ["改造闲置校舍，新建实验室3间。"], dueDate: "2025-06-30" });
    expect(b?.status).toBeUndefined();
    expect(b?.measures).toEqual(["按不低于公用经费5%安排培训经费。", "整改情况：已安排经费120万元，仍在落实。"]);
  });
});

describe("import review: a stated status", () => {
  const draft = toDraft(
    parsePlanText(
      ["某县整改清单", "一、办学条件", "1.专用教室不足", "整改措施：改造闲置校舍。", "整改状态：已完成", "2.培训经费不足", "整改措施：足额安排经费。"].join(
        "\n",
      ),
    ),
  );
  const [done, open] = allDraftTasks(draft.sections);
  const card = (task: typeof done) =>
    renderToStaticMarkup(createElement(DraftTaskCard, { task: task!, warnings: [], onUpdate: () => {}, selected: false, onToggle: () => {} })).replace(
      /<!-- -->/g,
      "",
    );

  it("says on the card what the task will be imported as, and says nothing for a row that states none", () => {
    expect(card(done)).toContain('导入后状态 </span>已完成<span class="text-slate-500">（按文件标注）');
    expect(card(open)).not.toContain("导入后状态");
  });

  it("a status cleared in the review leaves the plan it confirms", () => {
    const cleared = updateTask(draft, done!.key, (t) => ({ ...t, status: undefined }));
    const [task] = allTasks(fromDraft(cleared));
    expect(JSON.parse(JSON.stringify(task)).status).toBeUndefined();
  });
});
