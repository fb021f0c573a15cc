import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parsePlanText, type PlanSection } from "@/lib/plans/parser";
import { allTasks } from "../load-document";

/**
 * Generated plan documents: headings of every rank, numbered items, label
 * lines and wrapped unit lists, notes, and stray fragments, each with its
 * punctuation typed in a random width. Whatever the mix, the parser returns a
 * plan (no internal error) and never a task without a title.
 */
const either = (full: string, half: string) => fc.constantFrom(full, half);
const comma = either("，", ",");
const stop = fc.constantFrom("。", ".", "；", ";", "", "！");
const colon = either("：", ":");
const phrase = fc.constantFrom(
  "推进集团化办学",
  "加强师德师风建设",
  "新增学位500个",
  "体卫艺德育",
  "科",
  "落实“双减”",
  "到2025年",
  "覆盖率达到90%",
  "“5个100%”",
  "《某县教育现代化2035》",
  "0.5个百分点",
  "",
);
const sentence = fc
  .tuple(fc.array(fc.tuple(phrase, comma), { maxLength: 3 }), phrase, stop)
  .map(([parts, last, end]) => parts.map(([p, c]) => p + c).join("") + last + end);

const cn = ["一", "二", "三", "四", "五"];
const marker = fc.oneof(
  fc.tuple(fc.constantFrom(...cn), either("、", ".")).map(([n, d]) => n + d),
  fc.tuple(either("（", "("), fc.constantFrom(...cn), either("）", ")")).map(([o, n, c]) => o + n + c),
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom("．", ".", "、")).map(([n, d]) => `${n}${d}`),
  fc.tuple(either("（", "("), fc.integer({ min: 1, max: 6 }), either("）", ")")).map(([o, n, c]) => `${o}${n}${c}`),
  fc.constantFrom("①", "②", "第一章 ", "第二部分"),
);
const heading = fc.tuple(marker, sentence, fc.option(sentence)).map(([m, s, body]) => m + s + (body ?? ""));

const label = fc.constantFrom("责任单位", "牵头单位", "配合单位", "责任领导", "分管领导", "工作举措", "目标任务", "完成时限", "【责任单位】");
const unit = fc.constantFrom("基教科", "体卫艺德育科", "县教体局", "财政局", "各中小学校", "幼儿园", "孙 强", "李建华", "教 研 室", "");
const unitSep = fc.constantFrom("、", "，", ",", "；", ";", " ");
const labelLines = fc.tuple(label, colon, fc.array(fc.tuple(unit, unitSep), { maxLength: 5 }), fc.nat({ max: 12 })).map(([l, c, units, cut]) => {
  const value = units.map(([u, s]) => u + s).join("");
  const text = l.startsWith("【") ? l + value : l + c + value;
  // A narrow page may break the list anywhere.
  return cut > 0 && cut < text.length ? [text.slice(0, cut), text.slice(cut)] : [text];
});
const notes = fc
  .tuple(fc.constantFrom("说明", "备注", "注"), colon, fc.array(sentence, { minLength: 1, maxLength: 3 }))
  .map(([l, c, items]) => [`${l}${c}`, ...items.map((s, i) => `${i + 1}.${s}`)]);
const line = fc.oneof(
  heading.map((h) => [h]),
  sentence.map((s) => [s]),
  labelLines,
  notes,
  fc.constantFrom([""], ["- 3 -"], ["\t"], ["指标\t2020年\t2025年"], ["学前三年毛入园率（%）\t88\t92"]),
  fc.string({ maxLength: 12 }).map((s) => [s]),
);
const document = fc
  .tuple(fc.constantFrom("某县2024年教育工作要点", "某区教育发展实施方案（试行）", ""), fc.array(line, { maxLength: 40 }))
  .map(([title, lines]) => [title, ...lines.flat()].join("\n"));

describe("parsePlanText on generated documents", () => {
  it("never fails and never returns a task without a title", () => {
    fc.assert(
      fc.property(document, (text) => {
        const plan = parsePlanText(text);
        expect(plan.warnings.filter((w) => w.message.startsWith("解析过程出错"))).toEqual([]);
        const lineCount = text.split("\n").length;
        for (const task of allTasks(plan)) {
          expect(task.title.trim()).not.toBe("");
          expect(task.line).toBeGreaterThanOrEqual(1);
          expect(task.endLine).toBeGreaterThanOrEqual(task.line);
          expect(task.endLine).toBeLessThanOrEqual(lineCount);
          for (const u of task.units) expect(u.name.trim()).not.toBe("");
          for (const l of task.leaders) expect(l.trim()).not.toBe("");
        }
        const walk = (s: PlanSection): void => s.sections.forEach(walk);
        plan.sections.forEach(walk);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
