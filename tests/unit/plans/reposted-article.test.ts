// A plan pasted from a WeChat article or a Markdown file: ## headings, **labels：**,
// - bullets, 1) items, emoji, and the page's own lines (来源/编辑, 阅读 2356 在看 18).
import { describe, expect, it } from "vitest";
import { parsePlanText } from "@/lib/plans/parser";
import { normalizeLine } from "@/lib/plans/parser/normalize";
import { allTasks } from "./load-document";

const ARTICLE = `# 重磅！2025年西吉县教育工作要点来了

> 来源：西吉县教育局 | 编辑：马小燕

📌 近日，西吉县教育局印发《2025年西吉县教育工作要点》，一起来看👇

## 一、坚持党建引领

### 1. 加强党的政治建设

**工作举措：** 严格落实“第一议题”制度；创建清廉学校示范校6所。

**责任单位：** 党建办

## 二、提升教育质量

### 2. 推进义务教育优质均衡发展

**工作举措：**

1) 实施薄弱学校改造提升工程；
2) 推进城乡教育共同体建设。

- 规范义务教育招生入学。

**完成时限：** 2025年10月31日

---

💡 **小编提示：** 完整内容请点击文末“阅读原文”查看。

👍 点个“在看”，一起关注西吉教育！

阅读 2356　在看 18
`;

describe("a plan reposted as an article", () => {
  it("drops Markdown marks and emoji from a line", () => {
    expect(["## 一、坚持党建引领", "> 来源：某局", "- 规范招生", "📌 近日👇", "---"].map(normalizeLine)).toEqual([
      "一、坚持党建引领",
      "来源：某局",
      "规范招生",
      "近日",
      "",
    ]);
  });

  it("reads its headings and labels, takes its title from the plan it cites, and leaves the page's lines out", () => {
    const plan = parsePlanText(ARTICLE);
    expect(plan.title).toBe("2025年西吉县教育工作要点");
    expect(plan.sections.map((s) => s.title)).toEqual(["坚持党建引领", "提升教育质量"]);
    const [a, b] = allTasks(plan);
    expect(a).toMatchObject({ title: "加强党的政治建设", units: [{ name: "党建办", role: "responsible" }] });
    expect(b?.measures).toEqual(["1)实施薄弱学校改造提升工程；", "2)推进城乡教育共同体建设。", "规范义务教育招生入学。"]);
    expect(b?.dueDate).toBe("2025-10-31");
    expect(plan.backMatter).toContain("阅读2356");
    expect(JSON.stringify(allTasks(plan))).not.toMatch(/在看|小编|---/);
  });

  it("copied from a government website: the footer (相关链接, 上一篇, 打印本页, 主办单位, ICP备) is the page's, not the last task's", () => {
    const plan = parsePlanText(
      [
        "安定区2025年教育工作要点",
        "一、坚持安全稳定",
        "1．深化校园安全专项整治。开展校园安全隐患排查整治，问题整改率100%。（责任领导：孙建红；责任单位：安全股）",
        "相关链接：",
        "甘肃省教育厅    定西市教育局    安定区人民政府",
        "上一篇：安定区教育局2025年政务公开工作要点",
        "下一篇：关于做好2025年春季学期开学工作的通知",
        "【打印本页】 【关闭窗口】",
        "主办单位：定西市安定区人民政府办公室  承办单位：安定区政务服务中心",
        "地址：定西市安定区永定路12号  电话：0932-8212345  邮编：743000",
        "网站标识码：6211020001  陇ICP备05001234号-1  甘公网安备 62110202000123号",
      ].join("\n"),
    );
    expect(allTasks(plan).map((t) => [t.title, t.measures, t.units.map((u) => u.name)])).toEqual([
      ["深化校园安全专项整治", ["开展校园安全隐患排查整治，问题整改率100%。"], ["安全股"]],
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it("keeps a task's own 地址 and 电话 when no website footer opens above them", () => {
    const plan = parsePlanText(
      [
        "某县2025年招生工作方案",
        "一、工作措施",
        "1.设立招生咨询点。在县政务大厅设立招生咨询服务点。",
        "地址：县政务服务中心二楼教育窗口",
        "电话：0931-1234567",
      ].join("\n"),
    );
    expect(allTasks(plan)[0]?.measures.join()).toContain("地址：县政务服务中心二楼教育窗口");
  });
});
