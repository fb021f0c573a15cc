import { describe, expect, it } from "vitest";
import { parsePlanText } from "@/lib/plans/parser";
import { allTasks } from "../load-document";

const doc = (...lines: string[]) => lines.join("\n");
const BODY = [
  "一、工作目标",
  "到2026年，全县义务教育学校全部达到优质均衡标准。",
  "二、重点任务",
  "1．扩充优质学位。新建改扩建学校3所，新增学位2000个。",
  "责任单位：计财股",
];

describe("the plan's title is its own title line, not a document it cites", () => {
  it("is not taken from a 关于印发《…》的通知 cited in the first sentence", () => {
    const plan = parsePlanText(
      doc("黎平县义务教育优质均衡发展实施方案", "根据州教育局关于印发《黔东南州义务教育优质均衡发展规划》的通知要求，结合我县实际，制定本方案。", ...BODY),
    );
    expect(plan.title).toBe("黎平县义务教育优质均衡发展实施方案");
    expect(plan.preamble).toContain("根据州教育局关于印发《黔东南州义务教育优质均衡发展规划》的通知要求");
    expect(plan.frontMatter).toBeNull();
    expect(plan.warnings).toEqual([]);
    expect(allTasks(plan).map((t) => t.title)).toEqual(["扩充优质学位"]);
  });

  it("is not taken from a 《…》 the preamble says was 印发", () => {
    const plan = parsePlanText(
      doc("黎平县义务教育优质均衡发展实施方案", "为贯彻落实省教育厅印发《贵州省义务教育优质均衡发展督导评估实施办法》，结合我县实际，制定本方案。", ...BODY),
    );
    expect(plan.title).toBe("黎平县义务教育优质均衡发展实施方案");
    expect(plan.warnings).toEqual([]);
  });

  it("keeps a title ending in （试行） apart from a wrapped line citing 《…规划》 below it", () => {
    const plan = parsePlanText(
      doc("黎平县推进义务教育优质均衡发展实施方案（试行）", "为深入贯彻落实《中国教育现代化2035》《义务教育优质均衡发展规划", "》精神，制定本方案。", ...BODY),
    );
    expect(plan.title).toBe("黎平县推进义务教育优质均衡发展实施方案（试行）");
    expect(plan.preamble).toBe("为深入贯彻落实《中国教育现代化2035》《义务教育优质均衡发展规划》精神，制定本方案。");
  });

  it("finds the title under an unpunctuated line that cites a 2035 plan", () => {
    const plan = parsePlanText(doc("为贯彻落实《湖南省教育现代化2035》，特制定本方案", "攸县教育现代化推进实施方案", ...BODY));
    expect(plan.title).toBe("攸县教育现代化推进实施方案");
  });

  it("accepts a slogan title with a comma before its dash", () => {
    const plan = parsePlanText(doc("坚持立德树人，办好人民满意教育——梅山区2024年教育工作要点", "2024年，全区教育系统要深化改革。", ...BODY));
    expect(plan.title).toBe("坚持立德树人，办好人民满意教育——梅山区2024年教育工作要点");
  });

  it("still takes the title a cover notice names and the plan repeats", () => {
    const plan = parsePlanText(
      doc(
        "攸县教育局文件",
        "攸教发〔2024〕7号",
        "关于印发《攸县教育现代化推进实施方案》的通知",
        "各学校：",
        "现将《攸县教育现代化推进实施方案》印发给你们，请认真贯彻执行。",
        "攸县教育局",
        "2024年3月1日",
        "攸县教育现代化推进实施方案",
        "为贯彻落实《湖南省教育现代化2035》，结合我县实际，制定本方案。",
        ...BODY,
      ),
    );
    expect(plan.title).toBe("攸县教育现代化推进实施方案");
    expect(plan.documentNumber).toBe("攸教发〔2024〕7号");
    expect(plan.preamble).toContain("湖南省教育现代化2035");
    expect(plan.warnings).toEqual([]);
  });
});
