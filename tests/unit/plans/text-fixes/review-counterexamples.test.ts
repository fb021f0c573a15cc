// Counter-examples a reviewer built against this session's readings (专栏,
// 问题1：, annex rows, 负责人, requirement chapters, a 党组 title line, a
// deadline that says done): each read as before, or better.
import { describe, expect, it } from "vitest";
import { parsePlanDocument, parsePlanText, type PlanDocument } from "@/lib/plans/parser";
import { allTasks } from "../load-document";

const doc = (...lines: string[]) => lines.join("\n");
const units = (t: { units: { name: string }[] } | undefined) => t?.units.map((u) => u.name);

describe("what the new readings must leave alone", () => {
  it("keeps a task after a box when the next box has an item of its number", () => {
    const plan = parsePlanText(
      doc(
        "某县“十四五”教育发展规划",
        "一、重点任务",
        "1.扩大学前资源。新增学位2700个。",
        "2.推进义务教育均衡。消除大班额。",
        "专栏2 义务教育重点工程",
        "1.学校新建工程：新建学校3所。",
        "2.薄弱学校改造工程：改造学校12所。",
        "3.提升高中质量。普及高中阶段教育。",
        "专栏3 高中提升工程",
        "1.县一中扩建工程。",
        "2.县二中改造工程。",
        "3.职教中心建设工程。",
        "4.加强教师队伍建设。补充教师200人。",
      ),
    );
    expect(allTasks(plan).map((t) => t.title)).toEqual(["扩大学前资源", "推进义务教育均衡", "提升高中质量", "加强教师队伍建设"]);
  });

  it("reads 问题1：/问题2： under a 1.关于…的问题 item as that item's parts", () => {
    const plan = parsePlanText(
      doc(
        "某县教育局巡察整改方案",
        "一、整改任务",
        "1.关于党建工作薄弱的问题",
        "问题1：理论学习不深入。",
        "整改措施：建立学习制度。",
        "责任人：王建平",
        "整改时限：2026年6月底前",
        "问题2：组织生活不规范。",
        "整改措施：规范三会一课。",
        "责任人：李红梅",
        "整改时限：长期坚持",
        "2.关于办学条件不达标的问题",
        "问题3：大班额较多。",
        "整改措施：新建学校。",
        "责任人：赵敏",
        "整改时限：2026年8月底前",
      ),
    );
    const [chapter] = plan.sections;
    expect(chapter?.sections.map((s) => [s.title, s.tasks.map((t) => [t.title, t.leaders, t.deadline])])).toEqual([
      [
        "关于党建工作薄弱的问题",
        [
          ["理论学习不深入", ["王建平"], "2026年6月底前"],
          ["组织生活不规范", ["李红梅"], "长期坚持"],
        ],
      ],
      ["关于办学条件不达标的问题", [["大班额较多", ["赵敏"], "2026年8月底前"]]],
    ]);
  });

  it("keeps an annex row's own measures and targets, and says when its units differ from the text's", () => {
    const document: PlanDocument = {
      format: "docx",
      blocks: [
        { kind: "paragraph", text: "某县2026年学前教育实施方案" },
        { kind: "paragraph", text: "一、主要任务" },
        { kind: "paragraph", text: "1.扩大学前教育资源。推进普惠性幼儿园建设。（责任单位：县教育局）" },
        { kind: "paragraph", text: "附件1" },
        {
          kind: "table",
          rows: [
            ["序号", "重点任务", "具体措施", "责任单位", "完成时限"],
            ["1", "扩大学前教育资源", "新建幼儿园3所，新增学位1000个", "县发改局", "2026年12月"],
          ].map((r) => ({ cells: r.map((text) => ({ text })) })),
        },
      ],
    };
    const plan = parsePlanDocument(document);
    const [task, ...rest] = allTasks(plan);
    expect(rest).toEqual([]);
    expect(task?.measures).toEqual(["推进普惠性幼儿园建设。", "新建幼儿园3所，新增学位1000个"]);
    expect(task?.targets.map((t) => `${t.value}${t.unit}`)).toEqual(["3所", "1000个"]);
    expect(units(task)).toEqual(["县教育局"]);
    expect(task?.dueDate).toBe("2026-12-31");
    expect(plan.warnings.map((w) => w.message)).toContain("附件表格中“扩大学前教育资源”的责任单位（县发改局）与正文不同，已按正文，请核对");
  });

  it("splits an office off a 负责人 only when it is one", () => {
    const tasks = allTasks(
      parsePlanText(
        doc(
          "某校2026年工作计划",
          "一、教学工作",
          "1.抓实常规管理。每月检查。责任人：王建科 李红梅",
          "2.开展赛课活动。每人一课。负责人：教导处、政教处 王建平",
          "3.做好教研活动。每周一次。负责人：教科室 张 伟",
          "4.落实集体备课。每周一次。负责人：教导处 各教研组长",
        ),
      ),
    );
    expect(tasks.map((t) => [t.leaders, units(t)])).toEqual([
      [["王建科", "李红梅"], []],
      [["王建平"], ["教导处", "政教处"]],
      [["张伟"], ["教科室"]],
      [["各教研组长"], ["教导处"]],
    ]);
  });

  it("reads 督查要求落实情况 as a task, and a 县教育局党组 line over the rest of a title as the title", () => {
    const plan = parsePlanText(
      doc("县教育局党组", "理论学习中心组2026年学习计划", "一、学习安排", "（一）督查要求落实情况。每季度通报一次。", "（二）开展专题学习。每月一次。"),
    );
    expect(plan.title).toBe("县教育局党组理论学习中心组2026年学习计划");
    expect(allTasks(plan).map((t) => t.title)).toEqual(["督查要求落实情况", "开展专题学习"]);
  });

  it("keeps 完成时限：整改完成 a deadline, not a claim that the work is done", () => {
    const [task] = allTasks(parsePlanText(doc("某县整改方案", "一、整改任务", "1.规范收费管理。全面清退。", "完成时限：整改完成")));
    expect([task?.deadline, task?.status ?? null]).toEqual(["整改完成", null]);
  });
});
