import { describe, expect, it } from "vitest";
import { loadGolden } from "./load-document";

// Hand-counted from prisma/seed/documents/huiji-2023-work-points.txt.
const { plan, tasks, task } = loadGolden("huiji-2023-work-points.txt");

describe("惠济区教育局2023年工作要点", () => {
  it("skips letterhead, 文号 and 通知, starting at the repeated title", () => {
    expect(plan.title).toBe("惠济区教育局2023年工作要点");
    expect(plan.documentNumber).toBe("惠教〔2023〕4号");
    expect(plan.issuer).toBe("郑州市惠济区教育局");
    expect(plan.period).toMatchObject({ startYear: 2023, endYear: 2023 });
    expect(plan.frontMatter).toContain("关于印发《惠济区教育局2023年工作要点》的通知");
    expect(plan.frontMatter).toContain("请结合实际，认真贯彻落实。");
    expect(plan.preamble.startsWith("2023年，惠济教育工作总体思路是：")).toBe(true);
    expect(plan.preamble).not.toContain("印发给你们");
  });

  it("finds 8 sections and 30 tasks", () => {
    expect(plan.sections).toHaveLength(8);
    expect(plan.sections.map((s) => s.tasks.length)).toEqual([5, 3, 4, 3, 4, 4, 4, 3]);
    expect(tasks.map((t) => t.number)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(plan.sections[1]?.title).toBe("抓实“五育并举”培育时代新人");
    expect(plan.warnings).toEqual([]);
  });

  it("rejoins a task paragraph broken over lines and splits it into sentences", () => {
    const t5 = task(5);
    expect(t5.title).toBe("坚持全面从严治党");
    expect(t5.line).toBe(29);
    expect(t5.endLine).toBe(31);
    expect(t5.measures[0]).toBe(
      "深入贯彻党的二十大关于全面从严治党的战略部署，全面落实主体责任，强化日常教育监督管理和追责问责，推动各级党组织全面从严治党向纵深发展。",
    );
    expect(t5.measures).toHaveLength(4);
    expect(task(24).title).toBe("“官方带娃”服务品质再升级");
  });

  it("extracts targets", () => {
    expect(task(8).targets).toEqual([expect.objectContaining({ text: "每学期至少组织2次家庭教育指导活动", value: 2, unit: "次", comparator: ">=" })]);
    expect(task(10).targets).toEqual([expect.objectContaining({ value: 3, min: 3, max: 5, unit: "所", comparator: "range" })]);
    expect(task(13).targets.map((t) => [t.text, t.value, t.unit])).toEqual([
      ["全区计划总投资13.73亿元", 13.73, "亿元"],
      ["年度投资3.62亿元", 3.62, "亿元"],
      ["新建中小学1所", 1, "所"],
      ["续建11所", 11, "所"],
      ["投用1所", 1, "所"],
      ["全区计划投资1.13亿元", 1.13, "亿元"],
      ["新建公办园3所", 3, "所"],
    ]);
    expect(task(16).targets).toEqual([expect.objectContaining({ text: "保持学前教育普惠率在90%以上", value: 90, unit: "%", comparator: ">=" })]);
    // （2022-2024） is a period, “两个只增不减” a slogan.
    expect(task(11).targets).toEqual([]);
  });

  it("has no 完成时限, so no task gets a due date from dates in its prose", () => {
    expect(tasks.filter((t) => t.deadline !== null || t.dueDate !== null || t.ongoing)).toEqual([]);
  });
});
