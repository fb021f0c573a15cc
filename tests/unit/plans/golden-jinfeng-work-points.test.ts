import { describe, expect, it } from "vitest";
import { loadGolden, unitList } from "./load-document";

// Counts and tables below were taken by hand from the source document
// (prisma/seed/documents/jinfeng-2022-work-points.txt), not from parser output.
const { plan, tasks, task } = loadGolden("jinfeng-2022-work-points.txt");

describe("金凤区教育局2022年教育工作要点", () => {
  it("reads title, period and preamble", () => {
    expect(plan.title).toBe("金凤区教育局2022年教育工作要点");
    expect(plan.period).toMatchObject({ startYear: 2022, endYear: 2022 });
    expect(plan.documentNumber).toBeNull();
    expect(plan.preamble.startsWith("2022年金凤区教育工作的总体要求是：以习近平新时代中国特色社会主义思想为指导")).toBe(true);
    expect(plan.preamble.endsWith("以实际行动迎接党的二十大胜利召开。")).toBe(true);
    // Broken lines are rejoined without the hard breaks.
    expect(plan.preamble).toContain("推进教育现代化、建设教育强国、办好人民满意的教育");
  });

  it("finds 8 sections and 23 tasks, numbered continuously", () => {
    expect(plan.sections).toHaveLength(8);
    expect(plan.sections.map((s) => s.line)).toEqual([32, 160, 280, 392, 428, 462, 502, 566]);
    expect(plan.sections.map((s) => s.tasks.length)).toEqual([4, 4, 5, 1, 1, 1, 2, 5]);
    expect(tasks.map((t) => t.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(tasks.map((t) => t.line)).toEqual([34, 54, 94, 128, 162, 194, 214, 246, 284, 310, 326, 344, 368, 394, 430, 464, 506, 532, 568, 586, 610, 628, 648]);
    expect(plan.warnings).toEqual([]);
  });

  it("rejoins a section heading broken over two lines", () => {
    expect(plan.sections[2]?.title).toBe("坚持教育资源扩充与质量提升并重，推动基础教育服务水平提升");
  });

  it("reads goal and measures from the labels, across broken lines", () => {
    const t1 = task(1);
    expect(t1.title).toBe("强化党的理论武装");
    expect(t1.goal).toBe("坚持用习近平新时代中国特色社会主义思想武装头脑、指导实践、推动工作。");
    expect(t1.measures).toEqual([
      "按各级党委安排部署开展理论学习，认真学习领会党的二十大和自治区十三次党代会精神，引导带领教育系统党员干部师生学深悟透、融会贯通、真信笃行，夯实理论武装，推动金凤教育高质量发展。",
    ]);
    expect(task(2).measures).toHaveLength(6);
    expect(task(2).measures[3]).toBe("研究制定建立中小学校党组织领导的校长负责制的实施意见。");
    // 具体措施 is a measures label too.
    expect(task(23).goal).toBe("强化教育系统信息宣传工作，配齐建强宣传队伍，改革完善激励机制和责任机制，加强教育系统宣传工作。");
    expect(task(23).measures).toHaveLength(1);
    expect(task(23).measures[0]).toMatch(/^树牢大局意识，立足全局视野/);
  });

  it("lists leaders and units of every task", () => {
    const R = (names: string) => names.split(" ").map((n) => `${n}:r`);
    const table: Record<number, [string[], string[]]> = {
      1: [["张学兵", "高学芳"], R("教育党工委 各支部")],
      2: [["张学兵", "高学芳"], R("教育党工委 各支部")],
      3: [["张学兵", "赵丽", "崔茜", "高学芳", "马学明"], R("教育党工委 各中小学、幼儿园")],
      4: [["张学兵", "高学芳"], R("教育党工委 各支部")],
      5: [["高学芳", "马学明"], R("教研室 基教室 各中小学校、幼儿园")],
      6: [["马学明"], R("教研室 信息中心 各中小学校、幼儿园")],
      7: [["高学芳", "马学明"], R("教研室 基教室 各中小学校、幼儿园")],
      8: [["高学芳", "马学明"], R("教研室 基教室 各中小学校、幼儿园")],
      9: [["马学明"], R("基建室 各中小学校、幼儿园")],
      10: [["马学明"], R("基教室 各中小学校、幼儿园")],
      11: [["崔茜", "马学明"], R("教研室 基教室 学前室 各中小学校、幼儿园")],
      12: [["崔茜"], R("督导室 学前室 各中小学校、幼儿园")],
      13: [["崔茜"], R("学前室 基建室 条装室 财务室 督导室 教研室 办公室 各幼儿园")],
      14: [["马学明"], R("教研室 信息中心 各中小学校、幼儿园")],
      15: [["马学明"], R("信息中心 教研室 各中小学校、幼儿园")],
      16: [["高学芳", "马学明"], R("基教室 民办室 教研室 各中小学校")],
      17: [["崔茜", "高学芳", "马学明"], R("党工委 人事室 基教室 各中小学校、幼儿园")],
      18: [["马学明"], R("教研室 各中小学、幼儿园")],
      19: [["崔茜", "高学芳", "马学明"], R("党工委 人事室 教研室 各中小学、幼儿园")],
      20: [["马学明"], R("基教室 各中小学校、幼儿园")],
      21: [["马学明"], R("教研室 基教室 学前室 各中小学校、幼儿园")],
      22: [["马学明"], R("基教室 学前室 民办室 各中小学校、幼儿园")],
      23: [["高学芳"], R("局机关各科室 各中小学校、幼儿园")],
    };
    for (const [n, [leaders, units]] of Object.entries(table)) {
      expect({ n, leaders: task(Number(n)).leaders, units: unitList(task(Number(n))) }).toEqual({ n, leaders, units });
    }
  });

  it("extracts in-text targets and ignores slogans and years", () => {
    expect(task(4).targets).toEqual([expect.objectContaining({ value: 3, min: 3, max: 5, unit: "个", comparator: "range", year: 2022, line: 144 })]);
    expect(task(4).targets[0]?.text).toBe("年内创建3-5个党建示范点");
    // “对接收5名以上残疾儿童随班就读的学校设立…” says which schools, it is not a target.
    expect(task(10).targets).toEqual([expect.objectContaining({ text: "确保残疾儿童入学率达95%以上", value: 95, unit: "%", comparator: ">=", year: null })]);
    expect(task(18).targets).toEqual([expect.objectContaining({ text: "调整建立20个名师工作室和学科工作室", value: 20, unit: "个", comparator: "=" })]);
    // “四个百分百”, “五个到群众中去”, “2022年…重点工作” are not targets.
    expect(task(20).targets).toEqual([]);
    expect(task(3).targets).toEqual([]);
    expect(task(23).targets).toEqual([]);
  });

  it("keeps the raw source text of each task", () => {
    const t13 = task(13);
    expect(t13.line).toBe(368);
    expect(t13.endLine).toBe(390);
    expect(t13.sourceText.startsWith("13.推进学前教育普及普惠优质发展")).toBe(true);
    expect(t13.sourceText.endsWith("办公室 各幼儿园")).toBe(true);
  });
});
