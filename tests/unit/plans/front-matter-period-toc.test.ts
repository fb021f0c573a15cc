import { describe, expect, it } from "vitest";
import { stripToc } from "@/lib/plans/parser/toc";
import { detectFrontMatter, parseDateLine } from "@/lib/plans/parser/front-matter";
import { detectPeriod, fiveYearPlanYears } from "@/lib/plans/parser/period";
import { toSourceLines } from "@/lib/plans/parser/normalize";
import { parsePlanDocument, parsePlanText } from "@/lib/plans/parser";
import { paragraphs, table } from "@/tests/support/plan-layouts";

const texts = (input: string) => stripToc(toSourceLines(input)).map((l) => l.text);

describe("table of contents", () => {
  it("drops dot-leader entries and the 目录 line", () => {
    expect(texts("规划\n目 录\n一、 发展基础.....\t1\n(一) 基本情况.....\t1\n前 言\n正文。")).toEqual(["规划", "前 言", "正文。"]);
    expect(texts("一、总体要求…………3\n二、主要任务··········5\n一、总体要求")).toEqual(["一、总体要求"]);
  });

  it("drops a plain TOC whose entries reappear in the body, but keeps the title after it", () => {
    expect(texts("目录\n一、总体要求\n二、主要任务\n某市三年行动计划\n一、总体要求\n正文。\n二、主要任务")).toEqual([
      "某市三年行动计划",
      "一、总体要求",
      "正文。",
      "二、主要任务",
    ]);
  });

  it("keeps a 目录 line that heads nothing like a TOC", () => {
    expect(texts("目录\n正文第一段。")).toEqual(["目录", "正文第一段。"]);
  });
});

describe("front matter", () => {
  it("reads dates in Arabic or Chinese numerals", () => {
    expect(parseDateLine("2023年3月20日")).toEqual({ year: 2023, month: 3, day: 20 });
    expect(parseDateLine("二〇二一年二月")).toEqual({ year: 2021, month: 2, day: null });
    expect(parseDateLine("2023年工作要点")).toBeNull();
  });

  it("reads the issuer and the date printed on one line under the title", () => {
    const lines = toSourceLines("莲湖区2025年教育重点工作要点\n莲湖区教育局　　2025年2月10日\n一、重点工作");
    const f = detectFrontMatter(lines);
    expect(f).toMatchObject({ issuer: "莲湖区教育局", issueDate: { year: 2025, month: 2, day: 10 } });
    expect(lines[f.bodyStart]?.text).toBe("一、重点工作");
  });

  it("reads that line right above a task table as the issuer and date, not as the table's name", () => {
    const rows = [
      ["序号", "重点任务", "责任单位"],
      ["1", "推进校园足球特色发展", "体育卫生与艺术教育科"],
    ];
    for (const format of ["xlsx", "txt"] as const) {
      const plan = parsePlanDocument({ format, blocks: [...paragraphs("莲湖区2025年教育重点任务责任清单", "莲湖区教育局　2025年2月"), table(rows)] });
      expect(plan).toMatchObject({ issuer: "莲湖区教育局", issueDate: "2025-02" });
      expect(plan.sections.map((s) => s.title)).toEqual([""]);
    }
  });

  it("names joint issuers signed side by side each on their own, in the cover letter and under the title", () => {
    const cover = detectFrontMatter(
      toSourceLines(
        "关于印发《西固区教育局2026年工作要点》的通知\n各中小学、幼儿园：\n现将《西固区教育局2026年工作要点》印发给你们。\n中共西固区教育局委员会　　西固区教育局\n2026年1月26日\n西固区教育局2026年工作要点\n一、重点工作",
      ),
    );
    expect(cover).toMatchObject({ issuer: "中共西固区教育局委员会、西固区教育局", issueDate: { year: 2026, month: 1, day: 26 } });
    const padded = detectFrontMatter(toSourceLines("西固区教育局2026年工作要点\n西固区　教育局\n2026年1月\n一、重点工作"));
    expect(padded.issuer).toBe("西固区教育局");
  });

  it("dates a plan nothing signed by its 版记's 印发 line, without taking the printing office for its issuer", () => {
    const plan = parsePlanText(
      "崆峒区教育局2025年工作要点\n一、主要工作\n1.守牢校园安全底线。\n责任股室：安全股\n\n平凉市崆峒区教育局办公室　　　　2025年3月5日印发",
    );
    expect(plan).toMatchObject({ issueDate: "2025-03-05", issuer: null });
    expect(plan.sections[0]?.tasks.map((t) => t.units.map((u) => u.name))).toEqual([["安全股"]]);
  });

  it("reads a school that signs its own plan as its issuer, not as a unit of the last task", () => {
    const plan = parsePlanText("华池县城关小学2025年秋季学期工作计划\n一、主要工作\n1.开学典礼。\n责任部门：德育处\n\n华池县城关小学\n2025年8月28日");
    expect(plan).toMatchObject({ issuer: "华池县城关小学", issueDate: "2025-08-28" });
    expect(plan.sections[0]?.tasks.map((t) => t.units.map((u) => u.name))).toEqual([["德育处"]]);
  });

  it("reads a cover sheet's 编制单位 / 编制日期 under the title as its issuer and date", () => {
    const lines = toSourceLines("2025年度重点工作任务清单\n编制单位：西夏区教育局办公室\n编制日期：2025年2月\n一、学前教育");
    const f = detectFrontMatter(lines);
    expect(f).toMatchObject({ title: "2025年度重点工作任务清单", issuer: "西夏区教育局办公室", issueDate: { year: 2025, month: 2, day: null } });
    expect(lines[f.bodyStart]?.text).toBe("一、学前教育");
  });

  it("reads a ledger's form line under its title (填报单位：…（盖章）  填报时间：…), so its dates without a year take that year", () => {
    const lines = toSourceLines("整改问题台账\n填报单位：庄浪县教育局（盖章）　　填报时间：2025年5月15日\n一、校舍安全");
    const f = detectFrontMatter(lines);
    expect(f).toMatchObject({ issuer: "庄浪县教育局", issueDate: { year: 2025, month: 5, day: 15 } });
    expect(lines[f.bodyStart]?.text).toBe("一、校舍安全");
    const ledger = parsePlanText("整改问题台账\n填报单位（盖章）：庄浪县教育局 填报日期：2025年5月15日\n1.拆除D级危房。完成时限：6月30日前");
    expect(ledger.sections[0]?.tasks[0]).toMatchObject({ deadline: "6月30日前", dueDate: "2025-06-30" });
    expect(ledger.warnings).toEqual([]);
    // A template's blank (填报单位：各中小学校) names no issuer.
    expect(detectFrontMatter(toSourceLines("整改问题台账\n填报单位：各中小学校　　填报时间：\n一、校舍安全")).issuer).toBeNull();
  });

  it("reads a 红头文件's 文号 printed with its 签发人, and titles a notice by its 关于… line, not the letterhead above it", () => {
    const red = detectFrontMatter(toSourceLines("西夏区教育局文件\n西教发〔2025〕12号　签发人：王建军\n西夏区2025年校园安全工作要点\n一、总体要求"));
    expect(red).toMatchObject({ documentNumber: "西教发〔2025〕12号", title: "西夏区2025年校园安全工作要点" });
    const notice = detectFrontMatter(
      toSourceLines("隆德县教育体育局\n关于2025年第二季度重点工作督办事项的通知\n局机关各股室：\n督办事项一：推进第二幼儿园建设"),
    );
    expect(notice.title).toBe("关于2025年第二季度重点工作督办事项的通知");
  });

  it("starts the plan at the title repeated from the notice, even when it is split", () => {
    const lines = toSourceLines(
      "某县教育局文件\n某教〔2024〕2号\n关于印发《某县教育局2024年工作要点》的通知\n各学校：\n现印发给你们。\n某县教育局\n2024年2月1日\n某县教育局2024年\n工作要点\n一、总体要求",
    );
    const f = detectFrontMatter(lines);
    expect(f.title).toBe("某县教育局2024年工作要点");
    expect(f.documentNumber).toBe("某教〔2024〕2号");
    expect(f.issueDate).toEqual({ year: 2024, month: 2, day: 1 });
    expect(f.issuer).toBe("某县教育局");
    expect(lines[f.bodyStart]?.text).toBe("一、总体要求");
    expect(f.frontLines).toHaveLength(7);
  });

  it("takes the plan's own title when it names the issuer before the shorter name the notice gives in 《》", () => {
    const lines = toSourceLines(
      "金凤区教育局关于印发《2025年教育工作要点》的通知\n各学校：\n现将《2025年教育工作要点》印发给你们，请认真贯彻落实。\n金凤区教育局\n2025年2月10日\n金凤区教育局2025年教育工作要点\n2025年是“十四五”规划收官之年。\n一、加强党的建设",
    );
    const f = detectFrontMatter(lines);
    expect(f.title).toBe("金凤区教育局2025年教育工作要点");
    expect(lines[f.bodyStart]?.text).toBe("2025年是“十四五”规划收官之年。");
    expect(f.warnings).toEqual([]);
  });

  it("a notice that names the plan and its annex (印发《…要点》及《…分解表》): the plan is the first named", () => {
    const f = detectFrontMatter(
      toSourceLines(
        "关于印发《某县2025年教育工作要点》及《某县2025年重点工作任务分解表》的通知\n各学校：\n现印发给你们。\n某县教育局\n2025年2月1日\n某县2025年教育工作要点\n一、总体要求",
      ),
    );
    expect(f.title).toBe("某县2025年教育工作要点");
    expect(f.warnings).toEqual([]);
  });

  it("reads the 文号 a government site's page states after its label (索引号：…    文号：定教发〔2025〕8号)", () => {
    const f = detectFrontMatter(
      toSourceLines(
        "来源：安定区教育局    发布时间：2025-03-12\n索引号：620 1102-0103-2025-000123    文号：定教发〔2025〕8号\n安定区2025年教育工作要点\n一、坚持安全稳定",
      ),
    );
    expect(f.documentNumber).toBe("定教发〔2025〕8号");
    expect(f.title).toBe("安定区2025年教育工作要点");
  });

  it("takes the title from the notice with a warning when the plan never repeats it", () => {
    const f = detectFrontMatter(toSourceLines("关于印发《某区教育发展规划》的通知\n各学校：\n现印发。\n2022年5月6日\n一、发展基础"));
    expect(f.title).toBe("某区教育发展规划");
    expect(f.warnings).toEqual([{ line: 1, message: "未找到方案正文标题行，标题取自印发通知" }]);
  });

  it("joins a title printed over two lines", () => {
    const f = detectFrontMatter(toSourceLines("兴庆区教育事业\n“十四五”发展规划\n一、发展基础"));
    expect(f.title).toBe("兴庆区教育事业“十四五”发展规划");
  });
});

describe("period", () => {
  const base = { leadText: "", bodyText: "", issueYear: null };
  it("maps five-year plans to years", () => {
    expect(fiveYearPlanYears(14)).toEqual({ startYear: 2021, endYear: 2025 });
    expect(fiveYearPlanYears(13)).toEqual({ startYear: 2016, endYear: 2020 });
    expect(detectPeriod({ ...base, title: "某区教育事业“十五五”发展规划" })).toEqual({ startYear: 2026, endYear: 2030, basis: "five-year-plan" });
  });
  it("reads ranges and single years from the title", () => {
    expect(detectPeriod({ ...base, title: "某市教育三年行动计划（2024—2026年）" })).toEqual({ startYear: 2024, endYear: 2026, basis: "title-range" });
    expect(detectPeriod({ ...base, title: "金凤区教育局2022年教育工作要点" })).toEqual({ startYear: 2022, endYear: 2022, basis: "title-year" });
  });
  it("uses 到2027年 in the plan with the issue year as start", () => {
    expect(detectPeriod({ title: "贺兰县教育质量提升行动实施方案", leadText: "力争到2027年，基本建成", bodyText: "", issueYear: 2023 })).toEqual({
      startYear: 2023,
      endYear: 2027,
      basis: "text",
    });
    expect(detectPeriod({ title: "某方案", leadText: "", bodyText: "到 2026 年，新建学校", issueYear: null })).toEqual({
      startYear: 2026,
      endYear: 2026,
      basis: "text",
    });
  });
  it("returns null without any clue", () => {
    expect(detectPeriod({ ...base, title: "某方案" })).toBeNull();
  });
});
