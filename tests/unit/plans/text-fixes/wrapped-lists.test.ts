import { describe, expect, it } from "vitest";
import { parsePlanText } from "@/lib/plans/parser";
import { allTasks, unitList } from "../load-document";

const doc = (...lines: string[]) => lines.join("\n");
const HEAD = ["青川县教育体育局2025年工作要点", "一、提升教育质量"];
const NEXT = ["2．加强体育美育工作。开展校园足球联赛。"];

function firstTask(...body: string[]) {
  const plan = parsePlanText(doc(...HEAD, "1．深化课堂教学改革。推进大单元教学，开展优质课评选活动。", ...body, ...NEXT));
  const [task, next] = allTasks(plan);
  return { plan, task, next };
}

describe("unit and leader lists broken over lines (PDF text, hard-wrapped .txt)", () => {
  it("joins a unit name cut by the line break and keeps every unit, even when the list ends with 。", () => {
    const { task, next } = firstTask("责任单位：基教科、体卫艺德育", "科、基教科、财务科、各中小学校。");
    expect(unitList(task!)).toEqual(["基教科:r", "体卫艺德育科:r", "财务科:r", "各中小学校:r"]);
    expect(task?.measures).toEqual(["推进大单元教学，开展优质课评选活动。"]);
    expect(next?.title).toBe("加强体育美育工作");
  });

  it("joins a comma-separated list and a long continuation line", () => {
    expect(unitList(firstTask("牵头单位：基教科，体卫艺德育", "科，教研室，财务科").task!)).toEqual(["基教科:l", "体卫艺德育科:l", "教研室:l", "财务科:l"]);
    const long = firstTask("责任单位：基教科、体卫艺德育", "科、财务科、教师发展中心、各镇中心学校、各县直中小学校、各幼儿园、县示范性高级中学").task!;
    expect(long.units.map((u) => u.name)).toEqual([
      "基教科",
      "体卫艺德育科",
      "财务科",
      "教师发展中心",
      "各镇中心学校",
      "各县直中小学校",
      "各幼儿园",
      "县示范性高级中学",
    ]);
    expect(long.measures).toHaveLength(1);
  });

  it("joins a long unit name cut after its first words", () => {
    const { task } = firstTask("责任单位：基教科、县示范性", "高级中学附属实验小学、财务科");
    expect(unitList(task!)).toEqual(["基教科:r", "县示范性高级中学附属实验小学:r", "县财务科:r"]);
  });

  it("joins padded leader names and space-separated units across the break", () => {
    const { task } = firstTask("责任领导：孙 强 周 婷 李", "建华", "责任单位：教研室 体卫艺德育", "科 各中小学校");
    expect(task?.leaders).toEqual(["孙强", "周婷", "李建华"]);
    expect(unitList(task!)).toEqual(["教研室:r", "体卫艺德育科:r", "各中小学校:r"]);
  });

  it("reads a break between two whole names in a list without 、 as a separator", () => {
    const { task } = firstTask("责任领导：张学兵", "高学芳", "责任单位：教育党工委", "各支部");
    expect(task?.leaders).toEqual(["张学兵", "高学芳"]);
    expect(unitList(task!)).toEqual(["教育党工委:r", "各支部:r"]);
  });

  it("joins a 、-separated leader list whose last name was cut", () => {
    const { task, plan } = firstTask("责任领导：孙强、周婷、李", "建华；", "责任单位：教研室");
    expect(task?.leaders).toEqual(["孙强", "周婷", "李建华"]);
    expect(task?.measures).toHaveLength(1);
    expect(plan.warnings).toEqual([]);
  });

  it("keeps the list on one line when an empty label is followed by the names", () => {
    const { task } = firstTask("责任单位：", "基教科、体卫艺德育", "科、财务科");
    expect(unitList(task!)).toEqual(["基教科:r", "体卫艺德育科:r", "财务科:r"]);
  });

  it("does not take a following sentence or phrase into the unit list", () => {
    const sentence = firstTask("责任单位：基教科", "各学校要高度重视，确保工作落实到位。").task!;
    expect(unitList(sentence)).toEqual(["基教科:r"]);
    expect(sentence.measures).toContain("各学校要高度重视，确保工作落实到位。");
    const phrase = firstTask("责任单位：基教科", "加强督导检查").task!;
    expect(unitList(phrase)).toEqual(["基教科:r"]);
    expect(phrase.measures.join("")).toContain("加强督导检查");
  });

  it("leaves the close of a wrapped assignment bracket out of the deadline and the units on its line", () => {
    const { task } = firstTask("（牵头单位：", "县政府教育督导室；配合单位：基础教育股、人事股；", "完成时限：2026年12月底前）");
    expect(task?.deadline).toBe("2026年12月底前");
    expect(unitList(task!)).toEqual(["县政府教育督导室:l", "基础教育股:c", "人事股:c"]);
    const { task: other } = firstTask("（牵头单位：县政府教育督导室；", "配合单位：基础教育股、人事股）");
    expect(unitList(other!)).toEqual(["县政府教育督导室:l", "基础教育股:c", "人事股:c"]);
  });
});
