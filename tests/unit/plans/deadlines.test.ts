import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parsePlanText, resolveDeadline } from "@/lib/plans/parser";

const y2025 = { startYear: 2025, endYear: 2025 };
const y2024 = { startYear: 2024, endYear: 2024 };
const y2023to2027 = { startYear: 2023, endYear: 2027 };
const unknownYear = { startYear: null, endYear: null };

describe("resolveDeadline: a deadline as written → its date", () => {
  it.each([
    ["2025年6月底前", "2025-06-30"],
    ["2025年12月", "2025-12-31"],
    ["2025年12月底", "2025-12-31"],
    ["2025年6月15日", "2025-06-15"],
    ["2025年6月15日前完成", "2025-06-15"],
    ["2025年6月15号", "2025-06-15"],
    ["2025-06-15", "2025-06-15"],
    ["2025.9", "2025-09-30"],
    ["2025年底", "2025-12-31"],
    ["2025年年底前", "2025-12-31"],
    ["2025年", "2025-12-31"],
    ["2025年前", "2025-12-31"],
    ["年底前", "2025-12-31"],
    ["年内", "2025-12-31"],
    ["年底", "2025-12-31"],
    ["上半年", "2025-06-30"],
    ["2025年上半年", "2025-06-30"],
    ["下半年", "2025-12-31"],
    ["第一季度", "2025-03-31"],
    ["一季度末", "2025-03-31"],
    ["第二季度", "2025-06-30"],
    ["三季度", "2025-09-30"],
    ["第4季度", "2025-12-31"],
    ["9月底", "2025-09-30"],
    ["9月", "2025-09-30"],
    ["9月份", "2025-09-30"],
    ["9月中旬", "2025-09-20"],
    ["9月上旬", "2025-09-10"],
    ["六月底", "2025-06-30"],
    ["十二月底前", "2025-12-31"],
    ["二〇二五年十二月底", "2025-12-31"],
    ["２０２５年６月１５日", "2025-06-15"],
    ["２０２５年１２月底前", "2025-12-31"],
    ["秋季开学前", "2025-08-31"],
    ["2026年秋季开学前", "2026-08-31"],
    ["2025年秋季学期前", "2025-08-31"],
    ["2026年春季学期前", "2026-02-28"],
    ["9月开学前", "2025-08-31"],
    ["2026年3月份开学前", "2026-02-28"],
    ["1月开学前", "2025-01-31"],
    ["9月开学前后", "2025-09-30"],
    ["2025年3月—6月", "2025-06-30"],
    ["2025年3月-6月", "2025-06-30"],
    ["2025年3月至6月", "2025-06-30"],
    ["次年3月", "2026-03-31"],
    ["2025年，9月底前", "2025-09-30"],
    ["2025年6月底前完成，持续推进", "2025-06-30"],
  ])("%s → %s", (text, date) => {
    expect(resolveDeadline(text, y2025)).toEqual({ dueDate: date, ongoing: false });
  });

  it("春季开学前 is the last day of February (29 in a leap year)", () => {
    expect(resolveDeadline("春季开学前", y2024).dueDate).toBe("2024-02-29");
    expect(resolveDeadline("春季开学前", y2025).dueDate).toBe("2025-02-28");
  });

  it.each([
    ["暑假前", "2025-06-30"],
    ["寒假前", "2025-01-15"],
    ["2025年暑期", "2025-08-31"],
    ["暑假期间", "2025-08-31"],
  ])("%s → %s, with a warning that vacations vary", (text, date) => {
    const r = resolveDeadline(text, y2025);
    expect(r.dueDate).toBe(date);
    expect(r.warning).toMatch(/各地.*假日期不同/);
  });

  it("several dates listed: the latest, with a warning", () => {
    const r = resolveDeadline("2025年6月、12月", y2025);
    expect(r.dueDate).toBe("2025-12-31");
    expect(r.warning).toContain("含多个时间");
  });

  it("a bare year qualifies the date after it, but a bare year of its own is a date", () => {
    expect(resolveDeadline("2025年，9月底前", y2025)).toEqual({ dueDate: "2025-09-30", ongoing: false });
    expect(resolveDeadline("2025年8月底前；2024年12月；2026年", y2025)).toMatchObject({
      dueDate: "2026-12-31",
      warning: expect.stringContaining("含多个时间"),
    });
  });

  it("a year in brackets after a date without one is that date's year, not a second date", () => {
    expect(resolveDeadline("9月底前（2023年）", y2025)).toEqual({ dueDate: "2023-09-30", ongoing: false });
    expect(resolveDeadline("6月30日(2024年度)", y2025)).toEqual({ dueDate: "2024-06-30", ongoing: false });
    // A date with its own year keeps it; the bracket is then a date of its own.
    expect(resolveDeadline("2025年6月底前（2026年）", y2025)).toMatchObject({ dueDate: "2026-12-31", warning: expect.stringContaining("含多个时间") });
  });

  it("reads the school year's and the calendar's fixed days: 高考前, 中考前, 国庆前, 教师节前, 五一前, 春节前", () => {
    expect(resolveDeadline("2025年高考前", y2025)).toEqual({ dueDate: "2025-06-06", ongoing: false });
    expect(resolveDeadline("2025年国庆节前", y2025)).toEqual({ dueDate: "2025-09-30", ongoing: false });
    expect(resolveDeadline("教师节前", y2025)).toEqual({ dueDate: "2025-09-10", ongoing: false });
    expect(resolveDeadline("五一前", y2025)).toEqual({ dueDate: "2025-04-30", ongoing: false });
    expect(resolveDeadline("中考前", y2025)).toMatchObject({ dueDate: "2025-06-15", warning: expect.stringContaining("中考") });
    // 春节 moves: the eve of 2026's is 02-16, of 2025's 01-28.
    expect(resolveDeadline("2026年春节前", y2025)).toMatchObject({ dueDate: "2026-02-16", warning: expect.stringContaining("除夕") });
    expect(resolveDeadline("2025年春节前", y2025).dueDate).toBe("2025-01-28");
  });

  it("a building put to use in the autumn term is due before the term starts", () => {
    expect(resolveDeadline("3月底前完成招标；8月底前竣工验收，秋季学期投入使用。", y2025)).toMatchObject({ dueDate: "2025-08-31" });
    expect(resolveDeadline("2025年秋季学期", y2025).dueDate).toBe("2025-12-31");
  });

  it("a term followed by its month is dated by the month: 秋季学期11月底前 is 11-30, not the term's end", () => {
    expect(resolveDeadline("春季学期5月底前、秋季学期11月底前", y2025)).toMatchObject({ dueDate: "2025-11-30", ongoing: false });
    expect(resolveDeadline("秋季学期十月底前", y2025).dueDate).toBe("2025-10-31");
  });

  it("a span of years ends with its last year", () => {
    expect(resolveDeadline("2021-2025年", y2023to2027).dueDate).toBe("2025-12-31");
    expect(resolveDeadline("2021—2025年", y2023to2027).dueDate).toBe("2025-12-31");
  });

  it("a five-year plan's end or span is its last year; a school year ends with its spring term", () => {
    expect(resolveDeadline("“十四五”末", y2023to2027).dueDate).toBe("2025-12-31");
    expect(resolveDeadline("十四五期间", y2023to2027).dueDate).toBe("2025-12-31");
    expect(resolveDeadline("“十五五”时期", y2023to2027).dueDate).toBe("2030-12-31");
    expect(resolveDeadline("2025-2026学年", y2025)).toMatchObject({ dueDate: "2026-07-15", warning: expect.stringContaining("学年已按次年7月15日") });
    expect(resolveDeadline("2025年Q3", y2025).dueDate).toBe("2025-09-30");
    expect(resolveDeadline("2025—2026学年第一学期", y2025)).toMatchObject({ dueDate: "2026-01-31", warning: expect.stringContaining("第一学期") });
  });

  it("立行立改 has no date to read, and says so in its own words", () => {
    expect(resolveDeadline("立行立改", y2025)).toEqual({ dueDate: null, ongoing: false, warning: "“立行立改”没有具体日期，请填写整改完成日期" });
    expect(resolveDeadline("立行立改，长期坚持", y2025)).toEqual({ dueDate: null, ongoing: true });
    expect(resolveDeadline("立行立改，2025年6月底前完成", y2025).dueDate).toBe("2025-06-30");
  });

  it("in a plan spanning several years, a month without a year is of its first year, with a warning", () => {
    const r = resolveDeadline("9月底", y2023to2027);
    expect(r.dueDate).toBe("2023-09-30");
    expect(r.warning).toContain("首年2023年");
    expect(resolveDeadline("年底前", y2023to2027).dueDate).toBe("2023-12-31");
  });

  it("in a plan spanning several years, a written year is taken as written, without a warning", () => {
    expect(resolveDeadline("2026年9月底", y2023to2027)).toEqual({ dueDate: "2026-09-30", ongoing: false });
    // A year written once carries to the month after it.
    expect(resolveDeadline("2026年3月—9月", y2023to2027)).toEqual({ dueDate: "2026-09-30", ongoing: false });
  });

  it.each(["全年", "长期", "持续推进", "常态化", "常态化推进", "每季度", "每月", "每学期", "每年12月底前", "2025年全年", "2023年起持续推进", "长期坚持"])(
    "%s is ongoing, with no date",
    (text) => {
      expect(resolveDeadline(text, y2025)).toEqual({ dueDate: null, ongoing: true });
    },
  );

  it("a reporting rhythm after the date (，每周报送一次进展) leaves the date the deadline; a recurring task stays ongoing", () => {
    expect(resolveDeadline("7月至8月，每周报送一次进展", y2025)).toEqual({ dueDate: "2025-08-31", ongoing: false });
    expect(resolveDeadline("2025年12月底前，每月25日前上报进度", y2025)).toEqual({ dueDate: "2025-12-31", ongoing: false });
    expect(resolveDeadline("2025年12月20日前（每月5日前报送进展）", y2025)).toEqual({ dueDate: "2025-12-20", ongoing: false });
    expect(resolveDeadline("每月25日前报送", y2025)).toEqual({ dueDate: null, ongoing: true });
    expect(resolveDeadline("2025年6月，每季度开展一次", y2025)).toEqual({ dueDate: null, ongoing: true });
  });

  it("full-width and half-width punctuation read the same", () => {
    expect(resolveDeadline("2025年6月、12月", y2025)).toEqual(resolveDeadline("2025年6月,12月", y2025));
    expect(resolveDeadline("2025年3月～6月", y2025).dueDate).toBe("2025-06-30");
    expect(resolveDeadline("（2025年6月底前）", y2025).dueDate).toBe("2025-06-30");
  });

  it("an impossible date is no date, with a warning naming it", () => {
    const r = resolveDeadline("2025年2月30日", y2025);
    expect(r.dueDate).toBeNull();
    expect(r.warning).toContain("不是有效日期");
    expect(resolveDeadline("2025年13月", y2025).dueDate).toBeNull();
  });

  it("text without a date is no date, with a warning; empty text is silent", () => {
    expect(resolveDeadline("根据上级要求", y2025)).toMatchObject({ dueDate: null, ongoing: false, warning: expect.stringContaining("未能识别出日期") });
    expect(resolveDeadline("摸底调查", y2025).dueDate).toBeNull();
    expect(resolveDeadline("  ", y2025)).toEqual({ dueDate: null, ongoing: false });
  });

  it("a month without a year in a plan of unknown year is no date, with a warning", () => {
    expect(resolveDeadline("6月底", unknownYear)).toMatchObject({ dueDate: null, warning: expect.stringContaining("未写年份") });
    expect(resolveDeadline("2025年6月底", unknownYear).dueDate).toBe("2025-06-30");
  });

  it("never throws and always returns a valid ISO date or null (property)", () => {
    const pieces = fc.constantFrom(
      "2025",
      "２０２５",
      "年",
      "月",
      "日",
      "底",
      "前",
      "末",
      "内",
      "上半年",
      "下半年",
      "季度",
      "第",
      "一",
      "二",
      "十",
      "〇",
      "—",
      "-",
      "、",
      "，",
      ",",
      "至",
      "起",
      "秋季开学",
      "春季开学",
      "寒假前",
      "暑假前",
      "每",
      "全年",
      "持续",
      ".",
      "0",
      "9",
      "31",
      "2",
      "29",
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(pieces, { maxLength: 12 }).map((p) => p.join("")),
    );
    const year = fc.option(fc.integer({ min: -5, max: 3000 }), { nil: null });
    fc.assert(
      fc.property(text, year, fc.integer({ min: 0, max: 10 }), (t, start, span) => {
        const r = resolveDeadline(t, { startYear: start, endYear: start === null ? null : start + span });
        if (r.dueDate === null) return typeof r.ongoing === "boolean";
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(r.dueDate);
        if (!m) return false;
        const d = new Date(`${r.dueDate}T00:00:00Z`);
        return !r.ongoing && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === r.dueDate;
      }),
      { numRuns: 2000 },
    );
  });
});

const plan = (body: string) =>
  parsePlanText(`县教育局2025年工作要点

一、办好人民满意教育
${body}
`);

describe("the parser resolves each task's deadline", () => {
  it("in a 学年 plan, a month without its year falls in the school year: 9月 the first, 4月 the second; a 第二学期's 9月 the second", () => {
    const school = (title: string) =>
      parsePlanText(`${title}
一、教学工作
1.组织期中考试。（责任部门：教务处；完成时间：4月中旬）
2.迎接新生入学。（责任部门：政教处；完成时间：9月1日前）
`);
    const due = (p: ReturnType<typeof parsePlanText>) => p.sections[0]!.tasks.map((t) => t.dueDate);
    const whole = school("平山县第二中学2024—2025学年度工作计划");
    expect(due(whole)).toEqual(["2025-04-20", "2024-09-01"]);
    expect(whole.warnings.filter((w) => w.message.includes("跨多年"))).toEqual([]);
    expect(due(school("平山县第二中学2024—2025学年度第二学期工作计划"))).toEqual(["2025-04-20", "2025-09-01"]);
    // A plan of two calendar years keeps its first year, and says so.
    const twoYears = school("平山县教育局2024—2025年教育质量提升行动方案");
    expect(due(twoYears)).toEqual(["2024-04-20", "2024-09-01"]);
    expect(twoYears.warnings.some((w) => w.message.includes("已按首年2024年计"))).toBe(true);
  });

  it("a labelled 完成时限 gives the task its deadline as written, its date, and not ongoing", () => {
    const p = plan(`1.推进学前教育普惠发展
扩大普惠性资源。
责任单位：基教科
完成时限：2025年12月底
2.加强教师队伍建设
开展全员培训。
时间节点：每季度
3.整改校园安全隐患
排查整治。
整改时限：2025年6月底前
4.深化课程改革
推进课堂教学改革。`);
    const tasks = p.sections[0]!.tasks;
    expect(tasks.map((t) => [t.deadline, t.dueDate, t.ongoing])).toEqual([
      ["2025年12月底", "2025-12-31", false],
      ["每季度", null, true],
      ["2025年6月底前", "2025-06-30", false],
      [null, null, false],
    ]);
  });

  it("labels read the same with a half-width colon and inline in brackets", () => {
    const p = plan(`1.推进学前教育普惠发展
扩大普惠性资源。（牵头单位：基教科；完成时间:2025年9月底前）`);
    expect(p.sections[0]!.tasks[0]).toMatchObject({ deadline: "2025年9月底前", dueDate: "2025-09-30", ongoing: false });
  });

  it("an unlabelled date in a measure is not the task's deadline", () => {
    const p = plan(`1.推进学前教育普惠发展
于2025年6月底前完成摸底调查，扩大普惠性资源。`);
    expect(p.sections[0]!.tasks[0]).toMatchObject({ deadline: null, dueDate: null, ongoing: false });
  });

  it("a deadline without a date warns on the task's line", () => {
    const p = plan(`1.推进学前教育普惠发展
扩大普惠性资源。
完成时限：根据上级部署`);
    expect(p.sections[0]!.tasks[0]!.dueDate).toBeNull();
    expect(p.warnings).toContainEqual({ line: 4, message: expect.stringContaining("完成时限“根据上级部署”") });
  });

  it("a month without a year in a multi-year plan takes the first year and warns", () => {
    const p = parsePlanText(`某县教育质量提升行动方案（2023—2027年）

一、重点任务
1.推进学前教育普惠发展
扩大普惠性资源。
完成时限：9月底前
`);
    expect(p.sections[0]!.tasks[0]!.dueDate).toBe("2023-09-30");
    expect(p.warnings.map((w) => w.message).join()).toContain("首年2023年");
  });
});

describe("deadline warnings stay short", () => {
  it("a long deadline without a date gives a warning the review accepts (≤ 1000 characters)", () => {
    const long = "根据上级部署".repeat(200);
    const p = parsePlanText(`县教育局2025年工作要点

一、办好人民满意教育
1.推进学前教育普惠发展
扩大普惠性资源。
完成时限：${long}
`);
    const w = p.warnings.find((x) => x.message.includes("完成时限"));
    expect(w?.message.length).toBeLessThanOrEqual(1000);
    expect(resolveDeadline("2025年2月30日、3月32日、13月、2025年0月、2025年2月31日", y2025).warning!.length).toBeLessThan(200);
  });
});
