import { describe, expect, it } from "vitest";
import { excerptAround } from "@/lib/search/excerpt";
import { escapeLike, likePatterns } from "@/lib/search/like-pattern";

describe("search input in a LIKE pattern", () => {
  it("matches %, _ and the escape character literally", () => {
    expect(escapeLike("100%_a\\b")).toBe("100\\%\\_a\\\\b");
    expect(likePatterns("学前")).toEqual({ contains: "%学前%", prefix: "学前%" });
    expect(likePatterns("5%")).toEqual({ contains: "%5\\%%", prefix: "5\\%%" });
  });
});

describe("a report hit's excerpt", () => {
  it("shows the words around the match, marking what was cut", () => {
    const text = `${"前".repeat(30)}课后服务${"后".repeat(80)}`;
    const excerpt = excerptAround(text, "课后服务");
    expect(excerpt.startsWith("…")).toBe(true);
    expect(excerpt.endsWith("…")).toBe(true);
    expect(excerpt).toContain("课后服务");
    expect(excerpt.length).toBeLessThan(90);
  });

  it("shows a short text whole and the start of a text that only resembles the query", () => {
    expect(excerptAround("完成课后服务全覆盖", "课后服务")).toBe("完成课后服务全覆盖");
    expect(excerptAround("完成  阶段性\n督导", "不在其中")).toBe("完成 阶段性 督导");
  });
});
