import { describe, expect, it } from "vitest";
import { issuerWarning, placeOf } from "@/lib/plans/import/issuer-check";
import { describeSource } from "@/lib/plans/import/source-label";

describe("the issuer check", () => {
  it("reads the place a body's name starts with", () => {
    expect(placeOf("中共贺兰县委教育工作领导小组")).toBe("贺兰县");
    expect(placeOf("银川市金凤区教育局")).toBe("银川市金凤区");
    expect(placeOf("郑州市惠济区教育局")).toBe("郑州市惠济区");
    expect(placeOf("灵武市教育局")).toBe("灵武市");
    expect(placeOf("宁夏回族自治区教育厅")).toBe("宁夏回族自治区");
    expect(placeOf("区教育局")).toBeNull();
  });

  it("stays quiet for the bureau's own place, its party committee or government included", () => {
    expect(issuerWarning("中共贺兰县委教育工作领导小组", "贺兰县教育体育局")).toBeNull();
    expect(issuerWarning("银川市金凤区教育局", "金凤区教育局")).toBeNull();
    expect(issuerWarning(null, "金凤区教育局")).toBeNull();
    expect(issuerWarning("教育局办公室", "金凤区教育局")).toBeNull();
  });

  it("warns when another place issued the document", () => {
    expect(issuerWarning("中共贺兰县委教育工作领导小组", "金凤区教育局")).toBe(
      "发文单位为“中共贺兰县委教育工作领导小组”，不是本局（金凤区教育局）所在地区，请确认这份文件应导入本局",
    );
    expect(issuerWarning("银川市兴庆区教育局", "银川市金凤区教育局")).not.toBeNull();
  });
});

describe("a task's source as the review shows it", () => {
  it("names the line, or the table and row, and the page of a PDF", () => {
    expect(describeSource({ line: 12 })).toBe("第 12 行");
    expect(describeSource({ table: 2, row: 5 })).toBe("表 2 第 5 行");
    expect(describeSource({ table: 1, row: 3, page: 4 })).toBe("表 1 第 3 行（第 4 页）");
    expect(describeSource({ line: 40, page: 2 })).toBe("第 40 行（第 2 页）");
  });
});
