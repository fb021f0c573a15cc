import { describe, expect, it } from "vitest";
import { isPageArtefact, normalizeLine, toSourceLines } from "@/lib/plans/parser/normalize";
import { cleanProse, joinLines, lineAt, maskQuoted, splitSentences, splitTopLevel } from "@/lib/plans/parser/text";

describe("normalizeLine", () => {
  it("maps full-width digits/letters and odd spaces, keeps Chinese punctuation", () => {
    expect(normalizeLine("  到２０２５年，ＡＩ课程覆盖率达到１００％\u3000 ")).toBe("到2025年，AI课程覆盖率达到100%");
    expect(normalizeLine("（一）指导思想：")).toBe("（一）指导思想：");
  });

  it("repairs Kangxi-radical look-alikes from PDF extraction", () => {
    expect(normalizeLine("⼀、⼯作⽬标")).toBe("一、工作目标");
  });

  it("drops zero-width characters, control characters and markdown emphasis", () => {
    expect(normalizeLine("\uFEFF**一是**目前\u200B的教育\u0007发展")).toBe("一是目前的教育发展");
  });

  it("reads OCR's dash for 一 (and = for 二) where a numeral opens a heading, and nowhere else", () => {
    expect(["-、坚持党建引领", "—、坚持党建引领", "=、促进优质均衡", "（-）学前教育", "(—)学前教育", "（=）义务教育"].map(normalizeLine)).toEqual([
      "一、坚持党建引领",
      "一、坚持党建引领",
      "二、促进优质均衡",
      "（一）学前教育",
      "(一)学前教育",
      "（二）义务教育",
    ]);
    expect(["2025-2026年", "A=B、C", "— 3 —"].map(normalizeLine)).toEqual(["2025-2026年", "A=B、C", "— 3 —"]);
  });

  it("reads OCR's o for 。, O for 0 between digits, and a year spaced out by a justified title", () => {
    expect(
      ["占比达到70%o（责任单位：学前教育股）", "不少于12次o推动常态化", "健康水平o", "临教发〔2O25〕7号", "2O25年2月18日", "2 0 2 5 年 度工作要点"].map(
        normalizeLine,
      ),
    ).toEqual(["占比达到70%。（责任单位：学前教育股）", "不少于12次。推动常态化", "健康水平。", "临教发〔2025〕7号", "2025年2月18日", "2025 年 度工作要点"]);
    expect(["开展Logo设计", "学习Python编程", "第1 2 3组", "O2O模式"].map(normalizeLine)).toEqual(["开展Logo设计", "学习Python编程", "第1 2 3组", "O2O模式"]);
    // ‰ read as %o before a bound; a year spaced out after other spaced words, or indented.
    expect(["辍学率控制在0.5%o以内", "关 于 印 发 2 0 2 5 年 工作要点", "  2 0 2 5 年度工作要点", "第1 2 3 4 年级"].map(normalizeLine)).toEqual([
      "辍学率控制在0.5‰以内",
      "关 于 印 发 2025 年 工作要点",
      "2025 年度工作要点",
      "第1 2 3 4 年级",
    ]);
  });

  it("keeps tabs (table cells) but collapses runs of spaces", () => {
    expect(normalizeLine("指标\t2020 年\t2025   年")).toBe("指标\t2020 年\t2025 年");
  });
});

describe("page artefacts", () => {
  it.each(["3", "- 3 -", "－12－", "第 3 页", "第3页 共10页", "3/10"])("%s is a page artefact", (s) => {
    expect(isPageArtefact(s)).toBe(true);
  });
  it.each(["3所", "2025年", "一、总体要求", "10.758"])("%s is content", (s) => {
    expect(isPageArtefact(s)).toBe(false);
  });

  it("removes them while keeping original line numbers (\\r\\n and \\r count as one break)", () => {
    const lines = toSourceLines("标题\r\n\r\n- 2 -\r\n正文第一行\r正文第二行\n\n15\n结尾");
    expect(lines).toEqual([
      { line: 1, text: "标题" },
      { line: 4, text: "正文第一行" },
      { line: 5, text: "正文第二行" },
      { line: 8, text: "结尾" },
    ]);
  });
});

describe("prose helpers", () => {
  it("rejoins broken lines and maps offsets back to lines", () => {
    const t = joinLines([
      { line: 10, text: "坚持用习近平新时代中国特色社会主义思想武装" },
      { line: 12, text: "头脑、指导实践。" },
    ]);
    expect(t.text).toBe("坚持用习近平新时代中国特色社会主义思想武装头脑、指导实践。");
    expect(lineAt(t, 0)).toBe(10);
    expect(lineAt(t, t.text.indexOf("指导"))).toBe(12);
    expect(
      joinLines([
        { line: 1, text: "STEAM and" },
        { line: 2, text: "PBL" },
      ]).text,
    ).toBe("STEAM and PBL");
  });

  it("removes PDF spacing next to Chinese but keeps deliberate spaces inside quotes", () => {
    expect(cleanProse("确保党组织履行好把方向、管大局的领 导职责")).toBe("确保党组织履行好把方向、管大局的领导职责");
    expect(cleanProse("设 1 名专职副书记，2022 年")).toBe("设1名专职副书记，2022年");
    expect(cleanProse("开展“学习新思想 做好接班人”活动")).toBe("开展“学习新思想 做好接班人”活动");
    expect(cleanProse("STEAM and PBL 教育")).toBe("STEAM and PBL教育");
  });

  it("splits sentences outside quotes only", () => {
    expect(splitSentences("牢固树立“四个意识”。坚持“讲规则。守规矩”的思路！最后一句")).toEqual([
      "牢固树立“四个意识”。",
      "坚持“讲规则。守规矩”的思路！",
      "最后一句",
    ]);
    // An unbalanced quote must not swallow the rest of the text.
    expect(splitSentences("开展“活动。继续推进。")).toEqual(["开展“活动。", "继续推进。"]);
  });

  it("masks quoted text without shifting offsets", () => {
    const s = "坚定“四个自信”，落实《计划2017-2020年》，新增10所";
    const m = maskQuoted(s);
    expect(m).toHaveLength(s.length);
    expect(m).not.toContain("四个");
    expect(m).not.toContain("2017");
    expect(m.indexOf("10所")).toBe(s.indexOf("10所"));
  });

  it("splits lists at top level only", () => {
    expect(splitTopLevel("县委统战部（民宗局、宗教科），县教体局", /[，、]/)).toEqual(["县委统战部（民宗局、宗教科）", "县教体局"]);
  });
});
