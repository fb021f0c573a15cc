import { describe, expect, it } from "vitest";
import { normalisePersonName } from "@/lib/org/person-name";

describe("normalisePersonName", () => {
  it("reads padded and look-alike spellings of a name as one", () => {
    for (const spelling of ["赵 丽", "赵　丽", " 赵丽 ", "赵\u200b丽", "赵\u00a0丽"]) expect(normalisePersonName(spelling)).toBe("赵丽");
    expect(normalisePersonName("阿不都 · 热合曼")).toBe("阿不都·热合曼");
    expect(normalisePersonName("阿不都•热合曼")).toBe("阿不都·热合曼");
    expect(normalisePersonName("John  Smith")).toBe("John Smith");
  });
});
