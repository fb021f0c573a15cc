import { describe, expect, it } from "vitest";
import { parsePlanText, type ParsedPlan } from "@/lib/plans/parser";
import { allTasks, readDocument, SEED_DOCUMENTS, unitList } from "../load-document";

const doc = (...lines: string[]) => lines.join("\n");

/** The document as typed with a half-width input method: ，（）：；！？。“” → , ( ) : ; ! ? . " and 1．/1、 → 1. */
function halfWidth(text: string): string {
  const map: Record<string, string> = { "，": ",", "（": "(", "）": ")", "：": ":", "；": ";", "！": "!", "？": "?", "。": ".", "“": '"', "”": '"' };
  return text.replace(/[，（）：；！？。“”]/g, (c) => map[c] ?? c).replace(/(\d)[．、]/g, "$1.");
}

/** What a reviewer sees of a plan, with punctuation widths folded so that only the reading can differ. */
function reading(plan: ParsedPlan): string[] {
  const fold = (s: string) => halfWidth(s);
  const tasks = allTasks(plan).map((t) =>
    fold(`${t.number} ${t.title} | ${t.measures.length} | ${t.leaders.join("/")} | ${unitList(t).join("/")} | ${t.targets.map((x) => x.text).join("/")}`),
  );
  return [fold(plan.title), ...plan.warnings.map((w) => fold(`${w.line} ${w.message}`)), ...tasks, `${plan.indicators.length} ${plan.targets.length}`];
}

describe("full-width and half-width punctuation read the same", () => {
  it.each(SEED_DOCUMENTS)("%s typed with half-width punctuation gives the same plan", (name) => {
    const text = readDocument(name);
    expect(reading(parsePlanText(halfWidth(text)))).toEqual(reading(parsePlanText(text)));
  });

  it("reads labels, numbering and unit lists in either width, and small or half-width CJK marks", () => {
    const full = parsePlanText(
      doc(
        "石门县2024年教育工作要点",
        "一、党建工作",
        "（一）理论学习",
        "1．强化理论武装。组织专题学习。",
        "责任单位：办公室，人事股；基教股",
        "（1）开展读书班。",
      ),
    );
    const half = parsePlanText(
      doc("石门县2024年教育工作要点", "一、党建工作", "(一)理论学习", "1.强化理论武装.组织专题学习.", "责任单位:办公室,人事股;基教股", "(1)开展读书班."),
    );
    const odd = parsePlanText(
      doc("石门县2024年教育工作要点", "一、党建工作", "(一)理论学习", "1、强化理论武装｡组织专题学习｡", "责任单位﹕办公室﹐人事股﹔基教股", "(1)开展读书班｡"),
    );
    for (const plan of [full, half, odd]) {
      const [task] = allTasks(plan);
      expect(task?.title).toBe("强化理论武装");
      expect(task?.measures).toEqual(["组织专题学习。", "（1）开展读书班。"].map((m) => (plan === full ? m : m.replace("（1）", "(1)"))));
      expect(unitList(task!)).toEqual(["办公室:r", "人事股:r", "基教股:r"]);
      expect(plan.sections[0]?.sections[0]?.title).toBe("理论学习");
      expect(plan.warnings).toEqual([]);
    }
  });

  it("keeps dot leaders, decimals and numbering dots as they are", () => {
    const plan = parsePlanText(
      doc("石门县2024年教育工作要点", "一、重点工作", "1.提高体质健康水平.近视率下降0.5个百分点.", "2.推进集团化办学.组建教育集团3个."),
    );
    const [a, b] = allTasks(plan);
    expect(a?.measures).toEqual(["近视率下降0.5个百分点。"]);
    expect(a?.targets[0]).toMatchObject({ value: -0.5, comparator: "change" });
    expect(b?.measures).toEqual(["组建教育集团3个。"]);
  });
});
