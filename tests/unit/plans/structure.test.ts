import { describe, expect, it } from "vitest";
import { parsePlanDocument, parsePlanText, textDocument } from "@/lib/plans/parser";
import { allTasks } from "./load-document";

const doc = (...lines: string[]) => lines.join("\n");

describe("sections and tasks from headings", () => {
  it("nests 一、/（一）/1. and continues numbering across sub-sections", () => {
    const plan = parsePlanText(
      doc(
        "某县2024年教育工作要点",
        "一、总体任务",
        "（一）学前教育",
        "1.扩资源。新增学位500个。",
        "2.提质量。开展评估。",
        "（二）义务教育",
        "3.均衡发展。建成学校2所。",
      ),
    );
    expect(plan.sections).toHaveLength(1);
    expect(plan.sections[0]?.sections.map((s) => [s.title, s.tasks.map((t) => t.number)])).toEqual([
      ["学前教育", [1, 2]],
      ["义务教育", [3]],
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it("treats （1） items inside a labelled field as measures, not tasks", () => {
    const plan = parsePlanText(
      doc("某局2024年工作要点", "一、党建", "1.强化理论武装", "工作举措：", "（1）开展专题学习；", "（2）组织集中轮训。", "责任单位：办公室"),
    );
    const [task] = allTasks(plan);
    expect(allTasks(plan)).toHaveLength(1);
    expect(task?.measures).toEqual(["（1）开展专题学习；", "（2）组织集中轮训。"]);
    expect(task?.units).toEqual([{ name: "办公室", role: "responsible" }]);
  });

  it("accepts labels in any order, 【】 labels, inline assignments and missing labels", () => {
    const plan = parsePlanText(
      doc(
        "某局2024年工作要点",
        "一、重点工作",
        "1.任务甲",
        "责任单位：教研室",
        "工作举措：推进改革。",
        "目标任务：提升质量。",
        "分管领导：李四",
        "2.任务乙。推进建设。（牵头单位：县教育局；配合单位：县财政局、人社局）",
        "3.任务丙",
        "【责任单位】各中小学校",
        "4.任务丁",
      ),
    );
    const [a, b, c, d] = allTasks(plan);
    expect(a).toMatchObject({ goal: "提升质量。", measures: ["推进改革。"], leaders: ["李四"], units: [{ name: "教研室", role: "responsible" }] });
    expect(b?.measures).toEqual(["推进建设。"]);
    expect(b?.units.map((u) => `${u.name}:${u.role}`)).toEqual(["县教育局:lead", "县财政局:cooperate", "县人社局:cooperate"]);
    expect(c).toMatchObject({ goal: null, measures: [], units: [{ name: "各中小学校", role: "responsible" }] });
    expect(d?.measures).toEqual([]);
    // 任务丙 names who does it: a task, not an empty heading. 任务丁 says nothing at all.
    expect(plan.warnings).toEqual([{ line: 11, message: "任务“任务丁”没有内容" }]);
  });

  it("takes an assignment in brackets off the title line", () => {
    const plan = parsePlanText(doc("某局2024年工作要点", "一、重点工作", "1.强化理论武装（责任单位：教育党工委、各支部）", "工作举措：开展学习。"));
    const [task] = allTasks(plan);
    expect(task?.title).toBe("强化理论武装");
    expect(task?.units.map((u) => u.name)).toEqual(["教育党工委", "各支部"]);
    expect(task?.measures).toEqual(["开展学习。"]);
  });

  it("keeps 目标任务 / 发展目标 headings as plan text and collects their targets", () => {
    const plan = parsePlanText(
      doc("某县教育发展规划（2021—2025年）", "一、目标任务", "到2025年，学前三年毛入园率达到95%以上。", "二、主要任务", "1.扩资源。新建幼儿园5所。"),
    );
    expect(plan.planText).toEqual([{ title: "目标任务", kind: "goals", text: "到2025年，学前三年毛入园率达到95%以上。", line: 2 }]);
    expect(plan.targets).toEqual([expect.objectContaining({ value: 95, comparator: ">=", year: 2025, line: 3 })]);
    expect(plan.sections.map((s) => s.title)).toEqual(["主要任务"]);
  });

  it("continues a label value over broken lines", () => {
    const plan = parsePlanText(
      doc(
        "某局2024年工作要点",
        "一、重点工作",
        "1.任务甲",
        "目标任务：建立健全教育质量",
        "监测体系。",
        "责任领导：张 三 王 五",
        "责任单位：学前室 基建室",
        "办公室 各幼儿园",
      ),
    );
    const [task] = allTasks(plan);
    expect(task?.goal).toBe("建立健全教育质量监测体系。");
    expect(task?.leaders).toEqual(["张三", "王五"]);
    expect(task?.units.map((u) => u.name)).toEqual(["学前室", "基建室", "办公室", "各幼儿园"]);
  });

  it("does not take a wrapped line starting with a number for a heading", () => {
    const plan = parsePlanText(
      doc("某局2024年工作要点", "一、重点工作", "1.任务甲。按照计划完成全年培训任务，共计", "2.5万人次，覆盖全体教师。", "2.任务乙。推进。"),
    );
    expect(allTasks(plan).map((t) => t.number)).toEqual([1, 2]);
    expect(allTasks(plan)[0]?.targets).toEqual([expect.objectContaining({ value: 2.5, unit: "万人次" })]);
  });

  it("joins a long title broken by a soft return with its short tail, but not a following sentence", () => {
    const plan = parsePlanText(
      doc(
        "某局2024年工作要点",
        "一、重点工作",
        "1.推进义务教育优质均衡发展和城乡学校一体化",
        "改革试点",
        "责任单位：基教科",
        "2.加强教师队伍建设和校长职级制改革的相关",
        "配套政策落实到位",
        "全面完成年度培训任务，覆盖全体教师",
      ),
    );
    expect(allTasks(plan).map((t) => t.title)).toEqual(["推进义务教育优质均衡发展和城乡学校一体化改革试点", "加强教师队伍建设和校长职级制改革的相关"]);
  });

  it("keeps a numbered paragraph of a hard-wrapped page to its first lines as the title", () => {
    const wrapped = (n: number) => `推进教育改革发展完善治理体系提升服务水平加强${n}`;
    const plan = parsePlanText(
      doc(
        "某局2024年工作要点",
        "一、重点工作",
        ...[1, 2, 3, 4, 5, 6].map((n) => `${wrapped(n)}，`),
        "1.强化政治建设围绕一个中心推进教育改革发展完",
        "全面贯彻党的教育方针坚持社会主义办学方向抓",
        "落实立德树人根本任务弘扬社会主义核心价值观",
        "完善四个机制完善中小学校党组织领导的校长负",
        "推动构建五育并举全面育人格局实现五个推动。",
      ),
    );
    const [task] = allTasks(plan);
    expect(task?.title).toBe(
      "强化政治建设围绕一个中心推进教育改革发展完全面贯彻党的教育方针坚持社会主义办学方向抓落实立德树人根本任务弘扬社会主义核心价值观完善四个机制完善中小学校党组织领导的校长负",
    );
    expect(task?.measures).toEqual(["推动构建五育并举全面育人格局实现五个推动。"]);
  });

  it("warns about gaps in the numbering but keeps the task", () => {
    const plan = parsePlanText(doc("某局2024年工作要点", "一、重点工作", "1.任务甲。内容。", "5.任务戊。内容。"));
    expect(allTasks(plan).map((t) => t.number)).toEqual([1, 5]);
    expect(plan.warnings).toEqual([{ line: 4, message: "编号不连续：“5.”前一个同级编号为 1" }]);
  });

  it("puts numbered items of a document without sections into one unnamed section", () => {
    const plan = parsePlanText(doc("某局2024年重点工作安排", "1.任务甲。内容甲。", "2.任务乙。内容乙。"));
    expect(plan.sections).toHaveLength(1);
    expect(plan.sections[0]).toMatchObject({ title: "", number: null });
    expect(plan.sections[0]?.tasks.map((t) => t.title)).toEqual(["任务甲", "任务乙"]);
    // A flat list is an ordinary layout for a short 工作要点, not a defect to warn about.
    expect(plan.warnings).toEqual([]);
  });

  it("keeps a section without tasks and says so", () => {
    const plan = parsePlanText(doc("某局2024年工作要点", "一、重点工作", "1.任务甲。内容。", "二、其他工作", "做好其他工作。"));
    expect(plan.sections[1]).toMatchObject({ title: "其他工作", text: "做好其他工作。", tasks: [] });
    expect(plan.warnings).toEqual([{ line: 4, message: "章节“其他工作”下未识别出任务，内容保留为章节正文" }]);
  });

  it("keeps fields found before any task as preamble, with a warning", () => {
    const plan = parsePlanText(doc("某局2024年工作要点", "责任单位：办公室", "一、重点工作", "1.任务甲。内容。"));
    expect(plan.preamble).toBe("责任单位：办公室");
    expect(plan.warnings).toEqual([{ line: 2, message: "字段“责任单位”出现在任何任务之前，已保留在前言中" }]);
  });
});

describe("PDF artefacts and line numbers", () => {
  it("rejoins a paragraph broken by a page number and reports original lines", () => {
    const input = doc(
      "某局2024年工作要点",
      "",
      "一、重点工作",
      "",
      "1.任务甲。按照计划推进学前教育普惠发展，到年底普惠",
      "",
      "- 3 -",
      "",
      "性幼儿园覆盖率达到90%以上。",
      "",
      "2.任务乙。内容。",
    );
    const plan = parsePlanText(input);
    const [a, b] = allTasks(plan);
    expect(a?.measures).toEqual(["按照计划推进学前教育普惠发展，到年底普惠性幼儿园覆盖率达到90%以上。"]);
    expect(a?.line).toBe(5);
    expect(a?.targets[0]).toMatchObject({ value: 90, comparator: ">=", line: 9 });
    expect(b?.line).toBe(11);
    expect(a?.sourceText).toBe("1.任务甲。按照计划推进学前教育普惠发展，到年底普惠\n\n- 3 -\n\n性幼儿园覆盖率达到90%以上。");
  });

  it("moves the closing signature and date to back matter", () => {
    const plan = parsePlanText(doc("某局2024年工作要点", "一、重点工作", "1.任务甲。内容。", "", "某县教育局", "2024年1月5日"));
    expect(plan.backMatter).toBe("某县教育局\n2024年1月5日");
    expect(plan.issuer).toBe("某县教育局");
    expect(plan.issueDate).toBe("2024-01-05");
    expect(allTasks(plan)[0]?.measures).toEqual(["内容。"]);
  });

  it("reads a signature and date run into one line (a PDF's right-aligned closing: 某县教育局2025年2月20日)", () => {
    const plan = parsePlanText(doc("某局2025年工作要点", "一、重点工作", "1.任务甲，年底前完成。", "某县教育局2025年2月20日"));
    expect(plan).toMatchObject({ issuer: "某县教育局", issueDate: "2025-02-20", backMatter: "某县教育局2025年2月20日" });
    expect(allTasks(plan)[0]?.measures).toEqual([]);
    // A unit and a month under the last task (a table row read as text) is no signature: a signature dates a day.
    const month = parsePlanText(doc("某局2025年工作要点", "一、重点工作", "1.开展视导。深入学校视导。", "县教育局 2025年12月"));
    expect(month.issueDate).toBeNull();
    expect(allTasks(month)[0]?.measures).toEqual(["深入学校视导。", "县教育局2025年12月"]);
    // A sentence that ends in a date is no signature.
    const dated = parsePlanText(doc("某局2025年工作要点", "一、重点工作", "1.任务甲。", "完成章程修订于2025年2月20日"));
    expect(dated.issueDate).toBeNull();
  });

  it("reads the signature and date printed between the plan and its annexes, as official documents are laid out", () => {
    const annex = ["附件1", "任务分解表", "序号\t任务内容\t完成时限", "1\t核定各学校教职工编制\t2025年4月15日前"];
    const afterItems = parsePlanDocument(
      textDocument(doc("某县改革工作方案", "一、主要任务", "1.核定编制。核定教职工编制。", "", "某县教育局", "2025年3月5日", "", ...annex)),
    );
    const afterList = parsePlanDocument(
      textDocument(
        doc(
          "某县改革工作方案",
          "一、主要任务",
          "1.核定编制。核定教职工编制。",
          "附件：1.任务分解表",
          "2.领导小组成员名单",
          "",
          "某县教育局",
          "2025年3月5日",
          "",
          ...annex,
        ),
      ),
    );
    for (const plan of [afterItems, afterList]) {
      expect(plan).toMatchObject({ issuer: "某县教育局", issueDate: "2025-03-05", backMatter: "某县教育局\n2025年3月5日" });
      expect(allTasks(plan)[0]?.measures).toEqual(["核定教职工编制。"]);
      expect(allTasks(plan).at(-1)).toMatchObject({ title: "核定各学校教职工编制", deadline: "2025年4月15日前" });
    }
    expect(afterList.planText.find((t) => t.title === "附件")?.text).toBe("1.任务分解表\n2.领导小组成员名单");
    // The annex's heading with its title on the same line (附件1：任务分解表), after a list written alike.
    const titled = parsePlanDocument(
      textDocument(
        doc(
          "某县改革工作方案",
          "一、主要任务",
          "1.核定编制。核定教职工编制。",
          "附件1：任务分解表",
          "",
          "某县教育局",
          "2025年3月5日",
          "",
          "附件1：任务分解表",
          ...annex.slice(2),
        ),
      ),
    );
    expect(titled).toMatchObject({ issuer: "某县教育局", issueDate: "2025-03-05" });
    // A task's 完成时限： over its date, right above the annex, is the task's: a signature names its issuer and day.
    const labelled = parsePlanDocument(
      textDocument(doc("某县改革工作方案", "一、主要任务", "1.开展视导。深入学校视导。", "完成时限：", "2025年12月", "", ...annex)),
    );
    expect(labelled.issueDate).toBeNull();
    expect(allTasks(labelled)[0]).toMatchObject({ deadline: "2025年12月", dueDate: "2025-12-31" });
    // A date alone inside an item, above no annex, is the item's.
    const dated = parsePlanText(doc("某县改革工作方案", "一、主要任务", "1.核定编制。完成时间：", "2025年3月5日", "2.竞聘上岗。组织竞聘。"));
    expect(dated.issueDate).toBeNull();
  });

  it("removes a running page header repeated inside paragraphs, with a warning", () => {
    const plan = parsePlanText(
      doc(
        "某县教育局2024年工作要点",
        "一、重点工作",
        "1.任务甲。推进学前教育",
        "某县教育局2024年工作要点",
        "普惠发展。",
        "2.任务乙。推进义务教育",
        "某县教育局2024年工作要点",
        "均衡发展。",
      ),
    );
    expect(plan.title).toBe("某县教育局2024年工作要点");
    expect(allTasks(plan).map((t) => t.measures)).toEqual([["推进学前教育普惠发展。"], ["推进义务教育均衡发展。"]]);
    expect(plan.warnings).toEqual([{ line: 4, message: "已删除重复出现的页眉/页脚：“某县教育局2024年工作要点”（共3处）" }]);
  });

  it("treats a non-indicator table as text with a warning", () => {
    const plan = parsePlanText(doc("某局2024年工作要点", "一、重点工作", "1.任务甲。内容。", "姓名\t职务"));
    expect(plan.warnings).toContainEqual({ line: 4, message: "表格未识别为指标表，按正文处理" });
  });
});

describe("a 规划's 第N节 and 专栏", () => {
  it("reads 第一节 between 第三章 and 一、, and a 专栏's items as plan text, not tasks", () => {
    const plan = parsePlanText(
      doc(
        "某县“十四五”教育事业发展规划",
        "第三章 主要任务",
        "第一节 推进学前教育普惠发展",
        "一、扩大普惠性资源供给",
        "新增学位3000个。",
        "第二节 推动义务教育优质均衡发展",
        "一、优化学校布局",
        "新建中小学4所。",
        "二、深化课堂教学改革",
        "建设学科教学基地校10所。",
        "专栏2 义务教育重点工程",
        "1.学校建设工程：新建第三小学等4所学校。",
        "2.教师培训工程：每年培训教师1000人次。",
        "三、加强教研",
        "建设名师工作室5个。",
      ),
    );
    expect(plan.sections[0]?.sections.map((s) => [s.title, s.tasks.map((t) => t.title)])).toEqual([
      ["推进学前教育普惠发展", ["扩大普惠性资源供给"]],
      ["推动义务教育优质均衡发展", ["优化学校布局", "深化课堂教学改革", "加强教研"]],
    ]);
    expect(plan.planText.find((p) => p.title.startsWith("专栏"))).toMatchObject({
      title: "专栏2 义务教育重点工程",
      text: expect.stringContaining("1.学校建设工程"),
    });
  });
});

describe("a 规划's boxes and lessons", () => {
  it("“第一节课…” is prose, not a 节", () => {
    const plan = parsePlanText(doc("某县2025年工作要点", "一、学前教育", "1.规范保教行为", "第一节课前不得组织集体教学活动。", "2.提升保教质量", "开展评估。"));
    expect(allTasks(plan).map((t) => [t.title, t.measures])).toEqual([
      ["规范保教行为", ["第一节课前不得组织集体教学活动。"]],
      ["提升保教质量", ["开展评估。"]],
    ]);
  });

  it("tasks numbered on after a box's items are tasks again", () => {
    const plan = parsePlanText(
      doc(
        "某县“十四五”教育发展规划",
        "一、学前教育",
        "1.扩大资源",
        "新建幼儿园5所。",
        "2.提升质量",
        "创建示范园3所。",
        "3.加强师资",
        "培训教师500人次。",
        "专栏1 学前教育重点工程",
        "1.普惠园建设工程。",
        "2.示范园创建工程。",
        "3.教师培训工程。",
        "4.完善投入机制",
        "落实生均拨款。",
        "5.规范民办园管理",
        "开展年检。",
      ),
    );
    expect(allTasks(plan).map((t) => t.title)).toEqual(["扩大资源", "提升质量", "加强师资", "完善投入机制", "规范民办园管理"]);
    expect(plan.planText.find((p) => p.title.startsWith("专栏1"))?.text).toContain("3.教师培训工程");
  });

  it("keeps a box's 2. in the box when the task numbered 2. comes after it", () => {
    const plan = parsePlanText(
      doc(
        "某县义务教育优质均衡发展三年行动方案",
        "一、重点任务",
        "1.加快学校新建扩建。新增学位2700个。",
        "专栏1 办学条件达标重点项目",
        "1.城东小学新建项目：规划48个班。",
        "2.青川二中改扩建项目：新增学位900个。",
        "3.农村学校厕所改造项目：改造旱厕21所。",
        "2.推进教育装备提档升级。补齐实验室短板。",
      ),
    );
    expect(allTasks(plan).map((t) => t.title)).toEqual(["加快学校新建扩建", "推进教育装备提档升级"]);
    expect(plan.planText.find((p) => p.title.startsWith("专栏1"))?.text).toContain("2.青川二中改扩建项目");
    expect(plan.warnings).toEqual([]);
  });
});

describe("hard wraps", () => {
  // Short lines without a full stop (assignments written without a colon) once made a page look narrow,
  // and a heading that filled that width ran on into the paragraph under it.
  const lines = ["某区“十四五”教育发展规划"];
  for (const [i, title] of ["扩大普惠性资源供给", "提升学前保教质量", "优化城乡学校布局", "提升教育教学质量"].entries()) {
    lines.push(`${"一二三四"[i]}、${title}`, `新建幼儿园${i + 5}所，普惠性幼儿园覆盖率达到90%以上。`, `负责科室 学前教育股${i}`, `联系领导 李娟${i}`);
  }
  const titles = (format: "docx" | "pdf", text: string[]) =>
    allTasks(parsePlanDocument({ format, blocks: text.map((t) => ({ kind: "paragraph" as const, text: t })) })).map((t) => t.title);

  it("a label and its value without a colon does not make a page look hard-wrapped, in Word or PDF", () => {
    const expected = ["扩大普惠性资源供给", "提升学前保教质量", "优化城乡学校布局", "提升教育教学质量"];
    expect(titles("docx", lines)).toEqual(expected);
    expect(titles("pdf", lines)).toEqual(expected);
  });

  it("a PDF turned into Word, one paragraph per printed line, is still read as hard-wrapped", () => {
    const printed = ["某县2025年教育工作要点", "一、重点工作"];
    for (let i = 1; i <= 4; i++) {
      printed.push(
        `${i}.深化第${i}项教育领域综合改革，推动城乡学校结对帮`,
        `扶全覆盖。组建紧密型教育集团${i}个，实现优质资源共`,
        `享，推动县域义务教育优质均衡发展取得新成效。`,
      );
    }
    expect(titles("docx", printed)).toEqual([1, 2, 3, 4].map((i) => `深化第${i}项教育领域综合改革，推动城乡学校结对帮扶全覆盖`));
  });
});

describe("the level that is the task", () => {
  it("a 1. item whose （1） and ① sub-items assign nothing, with its assignment after them, is one task", () => {
    const plan = parsePlanText(
      doc(
        "某区教育评价改革实施方案",
        "一、重点任务",
        "（一）改进学校评价",
        "1.坚持把立德树人成效作为根本标准。",
        "（1）完善中小学校办学质量评价。",
        "①制定办学质量评价实施细则；",
        "②每年开展一次办学质量评价，评价覆盖率100%。",
        "（2）改进幼儿园评价。重点评价保育教育过程质量。",
        "责任领导：孙海龙；牵头单位：督导室；完成时限：2025年12月",
        "2.健全职业学校评价。",
        "（1）推行“文化素质+职业技能”评价方式。",
        "（2）开展职业院校教学质量年度报告制度。",
        "责任领导：孙海龙；牵头单位：职成股",
      ),
    );
    const tasks = allTasks(plan);
    expect(tasks.map((t) => [t.number, t.title, t.leaders, t.units.map((u) => u.name), t.dueDate])).toEqual([
      [1, "坚持把立德树人成效作为根本标准", ["孙海龙"], ["督导室"], "2025-12-31"],
      [2, "健全职业学校评价", ["孙海龙"], ["职成股"], null],
    ]);
    expect(tasks[0]?.measures).toEqual([
      "（1）完善中小学校办学质量评价",
      "①制定办学质量评价实施细则",
      "②每年开展一次办学质量评价，评价覆盖率100%",
      "（2）改进幼儿园评价",
      "重点评价保育教育过程质量。",
    ]);
    expect(tasks[0]?.targets.map((t) => t.value)).toEqual([100]);
  });

  it("sub-items that each name their own units stay tasks, and so do those of a plan that assigns nothing", () => {
    const own = parsePlanText(
      doc("某区行动方案", "一、重点任务", "1.推进集团化办学", "（1）组建教育集团3个。", "牵头单位：基教股", "（2）开展集团化办学评估。", "牵头单位：督导室"),
    );
    expect(allTasks(own).map((t) => [t.title, t.units.map((u) => u.name)])).toEqual([
      ["组建教育集团3个", ["基教股"]],
      ["开展集团化办学评估", ["督导室"]],
    ]);
    const none = parsePlanText(doc("某区行动方案", "一、重点任务", "1.推进集团化办学", "（1）组建教育集团3个。", "（2）开展集团化办学评估。"));
    expect(allTasks(none).map((t) => t.title)).toEqual(["组建教育集团3个", "开展集团化办学评估"]);
  });

  it("a 督办 notice's 督办事项一：… items are tasks, with 办理要求 as their measures", () => {
    const plan = parsePlanText(
      doc(
        "关于2025年第二季度重点工作督办事项的通知",
        "督办事项一：推进县第二幼儿园建设项目",
        "办理要求：6月底前完成主体工程封顶，新增学位270个。",
        "包抓领导：王志强",
        "承办股室：计划财务股",
        "督办事项二：完成教师招聘工作",
        "办理要求：公开招聘中小学教师45名。",
      ),
    );
    expect(allTasks(plan).map((t) => [t.number, t.title, t.measures, t.leaders, t.units.map((u) => u.name)])).toEqual([
      [1, "推进县第二幼儿园建设项目", ["6月底前完成主体工程封顶，新增学位270个。"], ["王志强"], ["计划财务股"]],
      [2, "完成教师招聘工作", ["公开招聘中小学教师45名。"], [], []],
    ]);
  });

  describe("a notice's closing requirements after its items are plan text, not tasks or the last item's measures", () => {
    /** A task's steps under 具体要求：, in a 工作要点 whose chapter （一） has content of its own. */
    const teacherStepsUnder = (...steps: string[]) =>
      parsePlanText(doc("测试区教育局2025年工作要点", "一、重点任务", "（一）加强师资队伍建设", "全面提升教师素质。", "具体要求：", ...steps));

    const notice = (...items: string[]) =>
      doc(
        "关于对2025年重点工作推进情况进行督办的通知",
        "各科室、各直属单位：",
        "为确保2025年重点工作按期完成，现将督办事项通知如下：",
        ...items,
        "1. 各责任单位要高度重视，明确专人负责。",
        "2. 请于每月25日前将推进情况报局督查室。",
        "联系人：张三，电话：1234567",
        "银川市金凤区教育局",
        "2025年3月6日",
      );
    const closing = ["1.各责任单位要高度重视，明确专人负责", "2.请于每月25日前将推进情况报局督查室"].join("\n");
    const tasksOf = (plan: ReturnType<typeof parsePlanText>) => allTasks(plan).map((t) => [t.title, t.measures, t.units.map((u) => u.name)]);
    const twoTasks = [
      ["推进学前教育普惠发展", ["新建公办幼儿园2所。"], ["学前教育科"]],
      ["推进义务教育优质均衡", ["完成3所学校改扩建。"], ["基础教育科"]],
    ];

    it.each([
      [
        "under 办理要求： after items numbered like them",
        [
          "1. 推进学前教育普惠发展。新建公办幼儿园2所。责任单位：学前教育科。",
          "2. 推进义务教育优质均衡。完成3所学校改扩建。责任单位：基础教育科。",
          "办理要求：",
        ],
        "办理要求",
      ],
      [
        "under 有关要求： after （一） items",
        [
          "（一）推进学前教育普惠发展。新建公办幼儿园2所。责任单位：学前教育科。",
          "（二）推进义务教育优质均衡。完成3所学校改扩建。责任单位：基础教育科。",
          "有关要求：",
        ],
        "有关要求",
      ],
      [
        "under a numbered 二、办理要求",
        [
          "一、督办事项",
          "1. 推进学前教育普惠发展。新建公办幼儿园2所。责任单位：学前教育科。",
          "2. 推进义务教育优质均衡。完成3所学校改扩建。责任单位：基础教育科。",
          "二、办理要求",
        ],
        "办理要求",
      ],
    ])("%s", (_, items, title) => {
      const plan = parsePlanText(notice(...items));
      expect(tasksOf(plan)).toEqual(twoTasks);
      expect(plan.planText.map((p) => [p.title, p.kind, p.text])).toEqual([[title, "safeguards", closing]]);
      expect(plan.backMatter).toContain("2025年3月6日");
    });

    it("while each item's own 办理要求： over its （1） measures stays the item's", () => {
      const plan = parsePlanText(
        notice(
          "1. 推进学前教育普惠发展",
          "办理要求：新建公办幼儿园2所。",
          "责任单位：学前教育科",
          "2. 推进义务教育优质均衡",
          "办理要求：",
          "（1）完成3所学校改扩建。",
          "（2）完成校舍安全排查。",
          "责任单位：基础教育科",
          "工作要求：",
        ),
      );
      expect(tasksOf(plan)).toEqual([twoTasks[0], ["推进义务教育优质均衡", ["（1）完成3所学校改扩建。", "（2）完成校舍安全排查。"], ["基础教育科"]]]);
      expect(plan.planText.map((p) => [p.title, p.text])).toEqual([["工作要求", closing]]);
    });

    it.each([
      [
        "after an item of one line",
        ["1. 推进学前教育普惠发展。", "责任单位：基教股", "2. 加强师资队伍建设", "办理要求：", "1. 各单位要高度重视。", "2. 请于6月30日前报送。"],
      ],
      [
        "with sub-points under a note",
        [
          "1. 推进学前教育。责任单位：学前股",
          "2. 加强师资队伍建设",
          "办理要求：",
          "1. 各单位要高度重视。",
          "（1）主要领导亲自抓。",
          "（2）分管领导具体抓。",
          "2. 请于6月30日前报送。",
        ],
      ],
      [
        "with a deadline line after the notes",
        [
          "1. 推进学前教育。责任单位：学前股",
          "2. 加强师资队伍建设",
          "办理要求：",
          "1. 各单位要高度重视。",
          "2. 请于6月30日前报送。",
          "截止时间：2025年6月30日",
        ],
      ],
    ])("also %s", (_, items) => {
      const plan = parsePlanText(doc("关于重点工作督办事项的通知", ...items));
      expect(allTasks(plan).map((t) => t.title)).toEqual([items[0]!.replace(/^1\. |。.*$/g, ""), "加强师资队伍建设"]);
      expect(plan.planText.map((p) => [p.title, p.kind])).toEqual([["办理要求", "safeguards"]]);
    });

    it.each([
      ["三、具体要求", ["1. 提高思想认识。", "2. 加强督促检查。"]],
      ["三、有关事项", ["1. 各校于6月底前报送总结。", "2. 联系人：张三。"]],
      ["三、其他事项", ["本方案自印发之日起施行。"]],
    ])("and so is a last chapter %s that assigns no one", (chapter, lines) => {
      const plan = parsePlanText(
        doc("测试区教育局工作方案", "一、重点任务", "1. 推进集团化办学。责任单位：基教股", "二、组织领导", "成立工作专班。", chapter, ...lines),
      );
      expect(allTasks(plan).map((t) => t.title)).toEqual(["推进集团化办学"]);
      expect(plan.planText.map((p) => [p.title, p.kind])).toContainEqual([chapter.slice(2), "safeguards"]);
    });

    it("while a last 其他事项 of a plan that names no one anywhere is a chapter of tasks", () => {
      const plan = parsePlanText(
        doc(
          "某县2025年教育工作要点",
          "一、加强党的建设",
          "1. 强化理论学习。",
          "2. 落实意识形态责任制。",
          "二、其他事项",
          "3. 做好教育信访工作。",
          "4. 做好档案管理工作。",
        ),
      );
      expect(plan.sections.map((s) => [s.title, s.tasks.map((t) => t.title)])).toEqual([
        ["加强党的建设", ["强化理论学习", "落实意识形态责任制"]],
        ["其他事项", ["做好教育信访工作", "做好档案管理工作"]],
      ]);
      expect(plan.planText).toEqual([]);
    });

    it("while items with fields of their own after a label, or a last chapter numbering on, stay tasks", () => {
      // 具体要求 over steps with their own 工作举措 and 完成时限.
      const steps = teacherStepsUnder("1. 开展全员培训", "工作举措：组织暑期集中培训。", "完成时限：8月底", "2. 实施名师工程", "完成时限：12月底");
      expect(allTasks(steps).map((t) => t.title)).toEqual(["开展全员培训", "实施名师工程"]);
      // 其他事项 numbering on from the tasks before it, in a plan that names units elsewhere.
      const chapter = parsePlanText(
        doc(
          "测试区教育局2025年工作要点",
          "一、加强党的建设",
          "1. 强化理论学习。责任单位：办公室",
          "2. 落实意识形态责任制。责任单位：宣传股",
          "二、其他事项",
          "3. 做好教育信访工作。",
          "4. 做好档案管理工作。",
        ),
      );
      expect(chapter.sections.map((s) => [s.title, s.tasks.map((t) => t.title)])).toEqual([
        ["加强党的建设", ["强化理论学习", "落实意识形态责任制"]],
        ["其他事项", ["做好教育信访工作", "做好档案管理工作"]],
      ]);
      // A bare 其他事项： after a one-line item heads more items, not requirements.
      const more = parsePlanText(
        doc(
          "测试区教育局2025年工作要点",
          "1. 推进集团化办学。责任单位：基教股",
          "2. 做好安全稳定工作",
          "其他事项：",
          "1. 做好教育信访工作。",
          "2. 做好档案管理工作。",
        ),
      );
      expect(allTasks(more)).toHaveLength(4);
      expect(more.planText).toEqual([]);
    });

    it("while a label that heads an item's own steps, or a section's tasks, keeps them", () => {
      // 注意事项 over the item's （1）（2）, its 责任单位 after them.
      const steps = parsePlanText(
        doc(
          "测试区教育局2025年安全工作要点",
          "一、重点任务",
          "1. 开展校园安全隐患排查",
          "注意事项：",
          "（1）排查覆盖全部中小学校和幼儿园。",
          "（2）建立隐患台账，逐项销号。",
          "责任单位：安全股",
          "2. 加强校车安全管理",
          "责任单位：安全股",
        ),
      );
      expect(allTasks(steps).map((t) => [t.title, t.units.map((u) => u.name)])).toEqual([
        ["开展校园安全隐患排查", ["安全股"]],
        ["加强校车安全管理", ["安全股"]],
      ]);
      // 具体要求 over steps that assign their units, after an item with content.
      const assigned = teacherStepsUnder("1. 开展全员培训（牵头单位：人事股，完成时限：6月底）", "2. 实施名师工程（牵头单位：人事股）");
      expect(allTasks(assigned).map((t) => t.title)).toEqual(["开展全员培训", "实施名师工程"]);
      // 具体要求 right under a heading, over the tasks that end the plan.
      const tasks = parsePlanText(
        doc(
          "测试区教育局2025年工作要点",
          "一、重点任务",
          "（一）实施校舍改造工程",
          "具体要求：",
          "1. 完成10所学校校舍改造。（责任单位：计财科）",
          "2. 完成5所学校操场改造。（责任单位：计财科）",
        ),
      );
      expect(allTasks(tasks).map((t) => t.title)).toEqual(["完成10所学校校舍改造", "完成5所学校操场改造"]);
      // 二、其他事项 over tasks is a section, not a notice's requirements.
      const other = parsePlanText(
        doc("测试区教育局2025年工作要点", "一、重点工作", "1. 推进集团化办学。责任单位：基教科", "二、其他事项", "2. 做好教育信访工作。责任单位：办公室"),
      );
      expect(other.sections.map((s) => [s.title, s.tasks.map((t) => t.title)])).toEqual([
        ["重点工作", ["推进集团化办学"]],
        ["其他事项", ["做好教育信访工作"]],
      ]);
      expect(other.planText).toEqual([]);
    });
  });
});

describe("a 整改方案's items", () => {
  it("are titled by the problem behind 问题：, and its 整改目标 is plan text", () => {
    const plan = parsePlanText(
      doc(
        "中共某县教育体育局党组关于巡察反馈意见整改工作方案",
        "一、整改目标",
        "通过整改，切实解决突出问题。",
        "二、整改任务",
        "1. 问题：理论学习不深入，学习制度落实不到位。",
        "整改措施：制定年度学习计划，每月开展集中学习1次以上。",
        "责任单位：办公室",
        "整改时限：2024年6月底前",
        "2. 存在问题：意识形态工作责任制落实不到位",
        "整改措施：每半年专题研究意识形态工作1次。",
        "责任单位：宣传股",
      ),
    );
    expect(allTasks(plan).map((t) => [t.title, t.measures, t.units.map((u) => u.name)])).toEqual([
      ["理论学习不深入，学习制度落实不到位", ["制定年度学习计划，每月开展集中学习1次以上。"], ["办公室"]],
      ["意识形态工作责任制落实不到位", ["每半年专题研究意识形态工作1次。"], ["宣传股"]],
    ]);
    expect(plan.planText.map((p) => [p.title, p.kind])).toEqual([["整改目标", "goals"]]);
  });

  it("while a 规划's plan text keeps its 存在问题： as written", () => {
    const plan = parsePlanText(
      doc(
        "某县教育事业发展“十四五”规划",
        "一、发展基础",
        "（一）主要成就",
        "教育质量稳步提升。",
        "（二）存在问题：城区学位紧张，乡村教师结构性缺编。",
        "二、主要任务",
        "（一）扩大学前教育资源",
        "新建幼儿园3所。",
      ),
    );
    expect(plan.planText.map((p) => p.text)).toEqual(["（一）主要成就\n教育质量稳步提升。\n（二）存在问题：城区学位紧张，乡村教师结构性缺编"]);
  });
});

describe("a list written as records, one label per line", () => {
  const taskRows = (plan: ReturnType<typeof parsePlanText>) =>
    allTasks(plan).map((t) => [t.number, t.title, t.measures, t.leaders, t.units.map((u) => u.name), t.dueDate]);

  it("reads each 督办事项： record of a form copied out as text as a task, numbered by its 序号", () => {
    const plan = parsePlanText(
      doc(
        "2025年第三季度督办事项清单",
        "序号：3",
        "督办事项：推进第二幼儿园建设",
        "办理要求：9月底前投入使用",
        "责任领导：张三",
        "承办单位：计财科",
        "办结时限：2025年9月30日",
        "序号：4",
        "督办事项：完成教师招聘",
        "办理要求：招聘教师45名",
        "承办单位：人事科",
        "办结时限：2025年8月31日",
      ),
    );
    expect(taskRows(plan)).toEqual([
      [3, "推进第二幼儿园建设", ["9月底前投入使用"], ["张三"], ["计财科"], "2025-09-30"],
      [4, "完成教师招聘", ["招聘教师45名"], [], ["人事科"], "2025-08-31"],
    ]);
  });

  it("reads a 整改清单 whose records open with 问题： under its chapters", () => {
    const plan = parsePlanText(
      doc(
        "巡察反馈问题整改清单",
        "一、党的领导方面",
        "问题：理论学习不深入",
        "整改措施：制定年度学习计划",
        "责任单位：办公室",
        "问题：意识形态责任制落实不到位",
        "整改措施：每半年专题研究1次",
        "责任单位：宣传股",
      ),
    );
    expect(plan.sections.map((s) => s.title)).toEqual(["党的领导方面"]);
    expect(taskRows(plan).map((r) => r.slice(0, 3))).toEqual([
      [1, "理论学习不深入", ["制定年度学习计划"]],
      [2, "意识形态责任制落实不到位", ["每半年专题研究1次"]],
    ]);
  });

  it("takes a marker line above a record (问题一, 事项2, 第三项) as its number, not as a line of the record before", () => {
    const plan = parsePlanText(
      doc(
        "督导评估反馈问题整改清单",
        "一、办学条件方面",
        "问题一",
        "问题描述：部分农村小学校舍面积不达标。",
        "整改措施：新增校舍面积4800平方米。",
        "责任单位：计划财务股",
        "",
        "问题二",
        "问题描述：城区学校大班额问题仍然存在。",
        "整改措施：新建城东小学。",
        "责任单位：基础教育股",
        "第三项",
        "问题描述：课后服务覆盖不全。",
        "整改措施：课后服务覆盖率达到100%。",
        "责任单位：基础教育股",
      ),
    );
    expect(taskRows(plan).map((r) => r.slice(0, 3))).toEqual([
      [1, "部分农村小学校舍面积不达标", ["新增校舍面积4800平方米。"]],
      [2, "城区学校大班额问题仍然存在", ["新建城东小学。"]],
      [3, "课后服务覆盖不全", ["课后服务覆盖率达到100%。"]],
    ]);
    expect(plan.sections[0]?.text ?? null).toBeNull();
  });

  it("reads a notice's records and its closing requirements after them apart", () => {
    const plan = parsePlanText(
      doc(
        "关于2025年第三季度重点工作督办事项的通知",
        "各科室：",
        "督办事项：推进第二幼儿园建设",
        "责任领导：张三",
        "承办单位：计财科",
        "督办事项：完成教师招聘",
        "责任领导：李四",
        "承办单位：人事科",
        "有关要求：",
        "1. 各承办单位要高度重视。",
        "2. 请于9月25日前反馈办理情况。",
      ),
    );
    expect(taskRows(plan).map((r) => [r[1], r[4]])).toEqual([
      ["推进第二幼儿园建设", ["计财科"]],
      ["完成教师招聘", ["人事科"]],
    ]);
    expect(plan.planText.map((p) => [p.title, p.kind])).toEqual([["有关要求", "safeguards"]]);
  });

  it("leaves records alone that each stand right under a numbered heading, which they fill", () => {
    const plan = parsePlanText(
      doc(
        "某局巡察整改方案",
        "一、整改任务",
        "（一）理论学习不够深入",
        "存在问题：学习流于形式。",
        "整改措施：制定学习计划。",
        "责任单位：办公室",
        "（二）制度执行不严格",
        "存在问题：制度落实不到位。",
        "整改措施：修订制度。",
        "责任单位：财务股",
      ),
    );
    expect(allTasks(plan).map((t) => [t.title, t.units.map((u) => u.name)])).toEqual([
      ["理论学习不够深入", ["办公室"]],
      ["制度执行不严格", ["财务股"]],
    ]);
  });

  it("leaves labels alone in a document that numbers its items, or where no fields follow them", () => {
    const numbered = doc(
      "某区教育局整改方案",
      "1. 加强理论学习",
      "问题：理论学习不深入。",
      "责任单位：办公室",
      "2. 严格制度执行",
      "问题：制度执行不严格。",
      "责任单位：财务股",
    );
    expect(allTasks(parsePlanText(numbered)).map((t) => t.title)).toEqual(["加强理论学习", "严格制度执行"]);
    const review = doc(
      "某县教育事业发展“十四五”规划",
      "一、发展基础",
      "存在问题：城区学位紧张。",
      "存在问题：乡村教师结构性缺编。",
      "二、主要任务",
      "（一）扩大学前教育资源",
      "新建幼儿园3所。",
    );
    const plan = parsePlanText(review);
    expect(allTasks(plan).map((t) => t.title)).toEqual(["扩大学前教育资源"]);
    expect(plan.planText.map((p) => [p.title, p.text])).toEqual([["发展基础", "存在问题：城区学位紧张。\n存在问题：乡村教师结构性缺编。"]]);
  });
});

describe("measures written as one paragraph", () => {
  it("splits 一是…；二是…；三是… into one measure each", () => {
    const plan = parsePlanText(
      doc(
        "某县2025年工作要点",
        "一、德育",
        "（一）加强思想政治教育。一是深化思政课一体化建设，组建教研共同体5个；二是开展主题教育活动，每学期不少于2次；三是配齐思政课教师。",
      ),
    );
    expect(allTasks(plan)[0]?.measures).toEqual([
      "一是深化思政课一体化建设，组建教研共同体5个；",
      "二是开展主题教育活动，每学期不少于2次；",
      "三是配齐思政课教师。",
    ]);
  });
});
