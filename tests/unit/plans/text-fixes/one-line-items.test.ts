import { describe, expect, it } from "vitest";
import { parsePlanText } from "@/lib/plans/parser";
import { allSections, allTasks } from "../load-document";

const doc = (...lines: string[]) => lines.join("\n");

describe("one-line numbered items and headings with nothing under them", () => {
  it("reads seven one-line items without sections as seven tasks, without warnings", () => {
    const plan = parsePlanText(
      doc(
        "梅山区教育局2024年工作要点",
        "1．深入学习贯彻党的二十大精神，全面加强党对教育工作的领导。",
        "2．持续推进义务教育优质均衡发展，新建改扩建学校3所。",
        "3．深化“双减”工作，规范校外培训机构管理。",
        "4．实施学前教育普惠提升工程，普惠性幼儿园覆盖率达到90%。",
        "5．加强教师队伍建设，开展校长教师交流轮岗。",
        "6．推进教育数字化转型，建设智慧校园示范校10所。",
        "7．守牢校园安全底线。",
      ),
    );
    const tasks = allTasks(plan);
    expect(tasks.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(tasks[6]?.title).toBe("守牢校园安全底线");
    expect(tasks[3]?.targets[0]).toMatchObject({ value: 90, comparator: "=" });
    expect(plan.warnings).toEqual([]);
  });

  it("reads a list of short titles as tasks too, with half-width numbering", () => {
    const plan = parsePlanText(doc("梅山区教育局2024年重点工作安排", "1.加强党的建设", "2.推进优质均衡", "3.深化课程改革", "4.建设智慧校园"));
    expect(allTasks(plan).map((t) => t.title)).toEqual(["加强党的建设", "推进优质均衡", "深化课程改革", "建设智慧校园"]);
    expect(plan.warnings).toEqual([]);
  });

  it("never gives a numbered line an empty title", () => {
    const plan = parsePlanText(doc("梅山区教育局2024年工作要点", "一、重点工作", "1．。推进集团化办学。组建教育集团3个。", "2．（牵头单位：县教体局）"));
    const [a, b] = allTasks(plan);
    expect(a?.title).toBe("推进集团化办学");
    expect(b?.title).toBe("（牵头单位：县教体局）");
    expect(b?.units).toEqual([{ name: "县教体局", role: "lead" }]);
  });

  it("still warns about a heading without content among tasks that have content", () => {
    const plan = parsePlanText(doc("梅山区教育局2024年工作要点", "一、重点工作", "1．加强党的建设。落实主体责任。", "2．推进优质均衡"));
    expect(plan.warnings).toEqual([{ line: 4, message: "任务“推进优质均衡”没有内容" }]);
  });

  it("keeps an empty second-level heading among sections as an empty section, never an empty task", () => {
    const plan = parsePlanText(
      doc(
        "河阳县2024年教育工作要点",
        "一、推进基础教育优质发展",
        "（一）学前教育",
        "1．扩大普惠资源。新增普惠学位600个。",
        "（二）义务教育",
        "（三）普通高中",
        "2．推进多样化发展。创建特色高中1所。",
      ),
    );
    expect(allTasks(plan).map((t) => t.title)).toEqual(["扩大普惠资源", "推进多样化发展"]);
    expect(allSections(plan).map((s) => [s.title, s.tasks.length])).toEqual([
      ["推进基础教育优质发展", 0],
      ["学前教育", 1],
      ["义务教育", 0],
      ["普通高中", 1],
    ]);
    expect(plan.warnings).toEqual([{ line: 5, message: "章节“义务教育”下未识别出任务" }]);
  });

  it("keeps an empty heading ranked above its sibling tasks as a chapter", () => {
    const plan = parsePlanText(
      doc("河阳县2024年教育工作要点", "一、党建引领", "1．加强党的建设。落实主体责任。", "2．加强师德师风建设。开展师德专题教育。", "（三）作风建设"),
    );
    expect(allTasks(plan).map((t) => t.title)).toEqual(["加强党的建设", "加强师德师风建设"]);
    expect(allSections(plan).map((s) => s.title)).toEqual(["党建引领", "作风建设"]);
  });
});
