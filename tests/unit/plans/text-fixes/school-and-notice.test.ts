// What a school's 学期工作计划 and a 督导室's 督办通知 write that a bureau's
// 工作要点 does not: items numbered before a month (2.4月份…), an office
// before its 负责人, a notice under an office's letterhead, 督办内容 and
// 督办要求, groups of units each with its role mark.
import { describe, expect, it } from "vitest";
import { parsePlanDocument, parsePlanText, textDocument } from "@/lib/plans/parser";
import { splitUnits } from "@/lib/plans/parser/names";
import { allTasks } from "../load-document";

const doc = (...lines: string[]) => lines.join("\n");
const roles = (value: string) => splitUnits(value, "responsible").map((u) => `${u.role}:${u.name}`);

describe("a school's term plan", () => {
  it("reads 2.4月份… as item 2 in April, not as the number 2.4 carried on item 1", () => {
    const plan = parsePlanText(
      doc(
        "某校2026年春季安全工作计划",
        "一、安全教育",
        "1.开学第一周开展安全教育第一课。",
        "2.4月份组织一次防震疏散演练。",
        "3.5月底前完成校舍安全排查。",
        "4.12月开展冬季防火检查。",
      ),
    );
    expect(allTasks(plan).map((t) => t.title)).toEqual([
      "开学第一周开展安全教育第一课",
      "4月份组织一次防震疏散演练",
      "5月底前完成校舍安全排查",
      "12月开展冬季防火检查",
    ]);
  });

  it("keeps a decimal that starts a line a number: 1.5倍 is no item", () => {
    const plan = parsePlanText(doc("某校2026年工作计划", "一、教学工作", "1.抓实常规教学管理。每月检查一次，", "1.5倍于去年的课时用于实验教学。"));
    expect(allTasks(plan).map((t) => t.title)).toEqual(["抓实常规教学管理"]);
  });

  it("takes 负责人：政教处 李红梅 as the office that does it and the person who answers for it", () => {
    const plan = parsePlanText(
      doc(
        "某校2026年春季工作计划",
        "一、教学工作",
        "1.抓实常规教学管理。每月开展一次教学常规检查。负责人：教导处 王建平",
        "2.开展赛课活动。每位教师上一节公开课。责任人：教导处 王建平、各教研组长",
        "3.做好安全巡查。每日巡查一次。（责任部门：总务处；负责人：张志军）",
      ),
    );
    expect(allTasks(plan).map((t) => [t.leaders, t.units.map((u) => `${u.role}:${u.name}`), t.measures])).toEqual([
      [["王建平"], ["responsible:教导处"], ["每月开展一次教学常规检查。"]],
      [["王建平", "各教研组长"], ["responsible:教导处"], ["每位教师上一节公开课。"]],
      [["张志军"], ["responsible:总务处"], ["每日巡查一次。"]],
    ]);
  });

  it("groups a 月份工作安排's items under each month line, instead of running a month on in the item before", () => {
    const plan = parsePlanText(
      doc(
        "某小学2025—2026学年度第二学期工作计划",
        "四、月份工作安排",
        "二月份（2月23日—2月28日）",
        "1.开学报到、注册，发放教材。",
        "2.召开开学工作会议。",
        "三月份",
        "1.学雷锋主题教育活动。",
        "2.春季传染病防控工作。",
      ),
    );
    const [schedule] = plan.sections;
    expect(schedule?.sections.map((s) => [s.title, s.tasks.map((t) => [t.title, t.measures])])).toEqual([
      [
        "二月份（2月23日—2月28日）",
        [
          ["开学报到、注册，发放教材", []],
          ["召开开学工作会议", []],
        ],
      ],
      [
        "三月份",
        [
          ["学雷锋主题教育活动", []],
          ["春季传染病防控工作", []],
        ],
      ],
    ]);
  });

  it("leaves a month inside a task's own steps to the task", () => {
    const plan = parsePlanText(
      doc("某县2026年教育工作要点", "一、安全工作", "1.开展防溺水专题教育。分两步实施：", "5月份", "（1）召开专题会议。", "（2）开展家访。"),
    );
    expect(allTasks(plan).map((t) => t.title)).toEqual(["开展防溺水专题教育"]);
    expect(plan.sections[0]?.sections).toEqual([]);
  });

  it("reads a 负责人 column the same way in a table", () => {
    const plan = parsePlanDocument(
      textDocument(
        doc(
          "某校2026年春季工作安排表",
          "序号\t工作内容\t负责人\t完成时间",
          "1\t开展安全教育第一课\t政教处 李红梅\t2026年3月",
          "2\t组织期中质量检测\t教导处 王建平\t2026年4月",
        ),
      ),
    );
    expect(allTasks(plan).map((t) => [t.title, t.leaders, t.units.map((u) => `${u.role}:${u.name}`), t.dueDate])).toEqual([
      ["开展安全教育第一课", ["李红梅"], ["responsible:政教处"], "2026-03-31"],
      ["组织期中质量检测", ["王建平"], ["responsible:教导处"], "2026-04-30"],
    ]);
  });
});

describe("a 督办通知 under a 督导室's letterhead", () => {
  const NOTICE = [
    "长林县人民政府教育督导室",
    "长教督〔2026〕3号",
    "关于对2026年春季开学重点工作进行专项督办的通知",
    "各乡镇中心学校，县直各学校：",
    "为确保2026年春季开学各项工作落到实处，决定对以下事项进行专项督办。",
    "一、督办事项",
    "督办事项1：校舍安全排查",
    "督办内容：开学前对全县所有校舍进行一次全面安全排查。",
    "承办单位：县教育局安全股（主办），县教育局基础教育股、各乡镇中心学校（协办）",
    "办结时限：2026年2月25日前",
    "二、督办要求",
    "（一）各承办单位要于办结时限后3个工作日内将办结报告报送督导室。",
    "（二）县教育督导室将适时开展实地督查。",
    "联系人：李明远，电话：0938-6621035",
    "长林县人民政府教育督导室",
    "2026年2月10日",
  ];

  it("is titled by the notice, issued by the office, and its 督办要求 are no tasks", () => {
    const plan = parsePlanText(doc(...NOTICE));
    expect(plan.title).toBe("关于对2026年春季开学重点工作进行专项督办的通知");
    expect(plan.issuer).toBe("长林县人民政府教育督导室");
    expect(plan.documentNumber).toBe("长教督〔2026〕3号");
    const [task, ...rest] = allTasks(plan);
    expect(rest).toEqual([]);
    expect(task?.title).toBe("校舍安全排查");
    expect(task?.measures).toEqual(["开学前对全县所有校舍进行一次全面安全排查。"]);
    expect(task?.units.map((u) => `${u.role}:${u.name}`)).toEqual(["lead:县教育局安全股", "cooperate:县教育局基础教育股", "cooperate:各乡镇中心学校"]);
    expect(plan.planText.map((b) => [b.title, b.kind])).toEqual([["督办要求", "safeguards"]]);
  });
});

describe("units and their roles", () => {
  it("gives a group's mark to the whole group when every group ends in one", () => {
    expect(roles("各乡镇中心学校（主办），县教育局基础教育股、县司法局（协办）")).toEqual([
      "lead:各乡镇中心学校",
      "cooperate:县教育局基础教育股",
      "cooperate:县司法局",
    ]);
    // Alone, the mark stays its one unit's.
    expect(roles("县委宣传部、县教育局（配合）")).toEqual(["responsible:县委宣传部", "cooperate:县教育局"]);
    // Marked one by one, each keeps its own.
    expect(roles("县教育局（牵头）、县发改局（配合），县财政局（配合）")).toEqual(["lead:县教育局", "cooperate:县发改局", "cooperate:县财政局"]);
  });

  it("reads each paragraph's own assignment bracket, not only the last one's", () => {
    const plan = parsePlanText(
      doc(
        "某县2026年教育工作要点",
        "一、推进义务教育优质均衡",
        "1.推进义务教育优质均衡",
        "实施县城学位扩容工程，新增学位1080个。（计划财务股牵头，县发改局、县住建局配合）",
        "健全控辍保学工作机制，义务教育巩固率达到99.6%以上。（基础教育股牵头，各乡镇人民政府配合）",
      ),
    );
    const [task] = allTasks(plan);
    expect(task?.units.map((u) => `${u.role}:${u.name}`)).toEqual([
      "lead:计划财务股",
      "cooperate:县发改局",
      "cooperate:县住建局",
      "lead:基础教育股",
      "cooperate:各乡镇人民政府",
    ]);
    expect(task?.measures).toEqual(["实施县城学位扩容工程，新增学位1080个。", "健全控辍保学工作机制，义务教育巩固率达到99.6%以上。"]);
  });

  it("takes a deadline written after the units, behind a space, as the deadline", () => {
    const plan = parsePlanText(
      doc("某县2026年教育工作要点", "一、深化改革", "1.推进中考改革。体育考试分值提高到60分。（牵头单位：招生考试中心 2026年6月底前完成）"),
    );
    const [task] = allTasks(plan);
    expect(task?.units.map((u) => `${u.role}:${u.name}`)).toEqual(["lead:招生考试中心"]);
    expect(task?.deadline).toBe("2026年6月底前完成");
    expect(task?.dueDate).toBe("2026-06-30");
  });

  it("reads ８５．２％ as 85.2%", () => {
    const plan = parsePlanText(doc("某县2026年教育工作要点", "一、学前教育", "1.普惠性学前教育覆盖率达到８５．２％。（责任单位：基础教育股）"));
    expect(allTasks(plan)[0]?.title).toBe("普惠性学前教育覆盖率达到85.2%");
  });
});
