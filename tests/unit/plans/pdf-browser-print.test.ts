// Plans printed to PDF by a browser (tests/support/browser-pdf.ts): the
// layouts where a real export differs from a line-per-run PDF, each read as
// the same plan its text would be.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPlanFile } from "@/lib/plans/import/read-document";
import { browserPrinter, type BrowserPrinter } from "@/tests/support/browser-pdf";

let printer: BrowserPrinter;
beforeAll(async () => {
  printer = await browserPrinter();
}, 30_000);
afterAll(() => printer?.close());

const parsed = async (body: string, style?: string) => (await readPlanFile("计划.pdf", await printer.print(body, style))).parsed;
const allTasks = (plan: Awaited<ReturnType<typeof parsed>>) =>
  plan.sections.flatMap(function all(s): typeof s.tasks {
    return [...s.tasks, ...s.sections.flatMap(all)];
  });

describe("a plan printed by a browser", () => {
  it("reads field lines whose values are spaced apart (责任领导：王建国　李晓红) as fields, not as a table without borders", async () => {
    const plan = await parsed(
      `<p style="text-align:center">兰溪市教育局2025年工作要点</p><p>一、全面加强党的建设</p><p>1.深化党建品牌创建</p>
<p>工作举措：每年评选市级党建示范校5所。</p><p>责任领导：王建国&emsp;李晓红</p><p>责任单位：党建办&emsp;组织人事科</p><p>完成时限：2025年6月</p>
<p>2.加强清廉学校建设</p><p>工作举措：清廉学校覆盖率达到80%。</p><p>责任领导：周&emsp;敏</p><p>责任单位：纪检组&emsp;各学校</p><p>完成时限：2025年11月</p>`,
      "body { font-size: 16pt; line-height: 28pt } p { margin: 0; text-indent: 2em }",
    );
    const tasks = allTasks(plan);
    expect(tasks.map((t) => t.title)).toEqual(["深化党建品牌创建", "加强清廉学校建设"]);
    expect(tasks.map((t) => t.leaders)).toEqual([["王建国", "李晓红"], ["周敏"]]);
    expect(tasks.map((t) => t.units.map((u) => u.name))).toEqual([
      ["党建办", "组织人事科"],
      ["纪检组", "各学校"],
    ]);
    expect(tasks.map((t) => t.deadline)).toEqual(["2025年6月", "2025年11月"]);
  });

  const SPLIT_ROW = `完善学校安全技防设施，实现一键式紧急报警装置与公安机关联网率100%；${"落实校园封闭化管理，配齐专职保安员，健全护学岗制度；".repeat(6)}`;
  const breakdown = (head: string) =>
    `<p style="height: 215mm">附件：重点任务分解表</p>
<table>${head}<tr><td width="8%">1</td><td>新建乡镇公办中心幼儿园2所。</td><td width="15%">县教育局</td><td width="15%">2025年9月</td></tr>
<tr><td>2</td><td>${SPLIT_ROW}</td><td>县公安局</td><td>2025年12月</td></tr>
<tr><td>3</td><td>建设县特殊教育资源中心1个。</td><td>县残联</td><td>2025年12月</td></tr></table>`;

  it.each([
    ["its header repeated on the next page", "<thead><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>完成时限</th></tr></thead>"],
    ["its header on the first page only", "<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>完成时限</th></tr>"],
  ])("keeps a table row that breaks across a page, drawn with no rule under its first half (%s)", async (_, head) => {
    const tasks = allTasks(await parsed(breakdown(head)));
    expect(tasks.map((t) => t.number)).toEqual([1, 2, 3]);
    expect(tasks[1]!.units).toEqual([{ name: "县公安局", role: "lead" }]);
    expect(tasks[1]!.deadline).toBe("2025年12月");
    expect(tasks[1]!.title + tasks[1]!.measures.join("")).toContain("健全护学岗制度");
    expect(tasks[2]!.units).toEqual([{ name: "县残联", role: "lead" }]);
  });

  it("keeps an item whose number is in its task cell (no 序号 column) whole when a page break cuts it mid-sentence", async () => {
    const tasks = allTasks(
      await parsed(`<p style="height: 215mm">附件：重点任务分解表</p>
<table><tr><th>重点任务</th><th width="20%">责任单位</th></tr>
<tr><td>1.新建乡镇公办中心幼儿园2所。</td><td>县教育局</td></tr>
<tr><td>2.${SPLIT_ROW.replace(/；$/, "")}，确保全部学校达标。</td><td>县公安局</td></tr>
<tr><td>3.建设县特殊教育资源中心1个。</td><td>县残联</td></tr></table>`),
    );
    expect(tasks.map((t) => t.number)).toEqual([1, 2, 3]);
    expect(tasks[1]!.title + tasks[1]!.measures.join("")).toContain("确保全部学校达标");
    expect(tasks[1]!.units).toEqual([{ name: "县公安局", role: "responsible" }]);
  });

  const OFFICIAL = "@page { margin: 37mm 26mm } body { font-size: 16pt; line-height: 28pt; text-align: justify } p { margin: 0; text-indent: 2em }";

  it("reads a right-aligned signature and its date under the last task as the issuer and the date, not as the task's words", async () => {
    const plan = await parsed(
      `<p style="text-align: center; font-size: 22pt; line-height: 40pt">兰溪市教育局2025年工作要点</p><p>一、推进基础教育扩优提质</p>
<p>1.扩大优质学前教育资源。新建公办幼儿园3所，新增学位900个，全面提升保教质量。（牵头单位：学前教育科；配合单位：计划财务科）</p>
<p>2.推进义务教育优质均衡。新组建教育集团2个，城乡学校结对帮扶实现全覆盖。（牵头单位：基础教育科）</p>
<p style="text-align: right">兰溪市教育局</p><p style="text-align: right">2025年2月18日</p>`,
      OFFICIAL,
    );
    expect(plan.issuer).toBe("兰溪市教育局");
    expect(plan.issueDate).toBe("2025-02-18");
    const last = allTasks(plan).at(-1)!;
    expect(last.units).toEqual([{ name: "基础教育科", role: "lead" }]);
    expect(last.measures.join("")).not.toContain("兰溪市教育局");
  });

  it("reads a centred title that wraps onto a second line as one title, with the period it names", async () => {
    const plan = await parsed(
      `<h1>青山区推进义务教育优质均衡发展三年行动方案（2024—2026年）</h1><p>为加快推进全区义务教育优质均衡发展，结合我区实际，制定本方案。</p>
<p>一、重点任务</p><p>（一）扩充优质学位资源。新建学校2所，新增学位4500个。</p><p>责任单位：区教育局、区发改委</p><p>完成时限：2026年8月</p>`,
      `${OFFICIAL} h1 { font-family: "Noto Sans SC Variable"; font-size: 22pt; text-align: center; font-weight: normal; line-height: 1.5 }`,
    );
    expect(plan.title).toBe("青山区推进义务教育优质均衡发展三年行动方案（2024—2026年）");
    expect(plan.period).toMatchObject({ startYear: 2024, endYear: 2026 });
  });

  it("keeps a category cell merged over rows that a page break cuts as the category of each row, not as one row run on", async () => {
    const plan = await parsed(
      `<p style="height: 222mm">二、主要指标</p>
<table><thead><tr><th>类别</th><th>指标</th><th>单位</th><th>2020年</th><th>2025年</th><th>属性</th></tr></thead>
<tr><td rowspan="3">学前教育</td><td>学前三年毛入园率</td><td>%</td><td>96.5</td><td>≥98</td><td>预期性</td></tr>
<tr><td>普惠性幼儿园覆盖率</td><td>%</td><td>85.2</td><td>≥90</td><td>约束性</td></tr>
<tr><td>公办园在园幼儿占比</td><td>%</td><td>48.0</td><td>≥55</td><td>约束性</td></tr></table>`,
      "td, th { padding: 4pt }",
    );
    expect(plan.indicators.map((i) => [i.category, i.name, i.baseline?.value, i.target?.value])).toEqual([
      ["学前教育", "学前三年毛入园率", 96.5, 98],
      ["学前教育", "普惠性幼儿园覆盖率", 85.2, 90],
      ["学前教育", "公办园在园幼儿占比", 48, 55],
    ]);
  });

  it("keeps a centred caption in body type apart from the full line above it (a review found it joined to the last unit)", async () => {
    const plan = await parsed(
      `<p style="text-align: center; font-size: 22pt; line-height: 40pt; text-indent: 0">青山区推进义务教育优质均衡发展行动方案</p><p>一、重点任务</p>
<p>（一）推进集团化办学。新组建教育集团2个，城乡学校结对帮扶实现全覆盖。</p>
<p>责任单位：区教育局、区发展和改革委员会、区财政局、区人力资源和社会保障局、区自然资源局、区住房和城乡建设局等</p>
<p style="text-align: center; text-indent: 0">重点项目安排表</p>
<table><tr><th>序号</th><th>项目名称</th><th>建设内容</th></tr><tr><td>1</td><td>青山区第一小学</td><td>新建教学楼1栋</td></tr></table>`,
      `${OFFICIAL} body { width: 28em }`,
    );
    const units = allTasks(plan)[0]!.units.map((u) => u.name);
    expect(units).toContain("区住房和城乡建设局");
    expect(units.join("")).not.toContain("安排表");
  });

  it("repeats a leader and units merged over rows that a page break cuts on every row of the next page", async () => {
    // Too tall for one page, so the browser has to cut the merged cells (a shorter group moves whole).
    const more = Array.from({ length: 40 }, (_, i) => `<tr><td>${i + 2}</td><td>开展第${i + 2}项保教质量评估工作。</td></tr>`).join("");
    const plan = await parsed(
      `<p style="height: 200mm">附件：重点任务分解表</p>
<table><thead><tr><th>序号</th><th>重点任务</th><th>责任领导</th><th>牵头单位</th></tr></thead>
<tr><td>1</td><td>新建乡镇公办中心幼儿园2所。</td><td rowspan="41">王建国</td><td rowspan="41">学前教育股</td></tr>${more}</table>`,
      "td, th { padding: 4pt } tr { break-inside: avoid }",
    );
    const tasks = allTasks(plan);
    expect(tasks.map((t) => t.number)).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
    expect(tasks.filter((t) => t.leaders.join() !== "王建国" || t.units.map((u) => u.name).join() !== "学前教育股").map((t) => t.number)).toEqual([]);
  });

  it("reads units one a line in a narrow cell, each name filling the line, as separate units; a long name wrapped stays one", async () => {
    const plan = await parsed(
      `<p>附件：重点任务分解表</p>
<table><tr><th>序号</th><th>重点任务</th><th style="width: 5em">责任单位</th></tr>
<tr><td>1</td><td>新建乡镇公办中心幼儿园2所，新增学位540个，普惠性幼儿园覆盖率达到92%以上。</td><td>组织人事科<br>基础教育科<br>计财股</td></tr>
<tr><td>2</td><td>开展保教质量评估。</td><td>区发展和改革委员会</td></tr></table>`,
      "td, th { padding: 2pt; border: 1px solid black } table { border-collapse: collapse; font-size: 12pt }",
    );
    expect(allTasks(plan).map((t) => t.units.map((u) => u.name))).toEqual([["组织人事科", "基础教育科", "计财股"], ["区发展和改革委员会"]]);
  });

  it("keeps a complete row after a page break its own when the row above closed with a rule (类别 written on a group's first row only)", async () => {
    const plan = await parsed(
      `<p style="height: 222mm">二、主要指标</p>
<table><thead><tr><th>类别</th><th>指标</th><th>单位</th><th>2020年</th><th>2025年</th><th>属性</th></tr></thead>
<tr><td>学前教育</td><td>学前三年毛入园率</td><td>%</td><td>96.5</td><td>≥98</td><td>预期性</td></tr>
<tr><td></td><td>普惠性幼儿园覆盖率</td><td>%</td><td>85.2</td><td>≥90</td><td>约束性</td></tr>
<tr><td></td><td>公办园在园幼儿占比</td><td>%</td><td>48.0</td><td>≥55</td><td>约束性</td></tr></table>`,
      "td, th { padding: 4pt } tr { break-inside: avoid }",
    );
    expect(plan.indicators.map((i) => [i.name, i.baseline?.value, i.target?.value])).toEqual([
      ["学前三年毛入园率", 96.5, 98],
      ["普惠性幼儿园覆盖率", 85.2, 90],
      ["公办园在园幼儿占比", 48, 55],
    ]);
  });

  it("reads 小学 | 初中 under each year of an indicator table as one indicator per label", async () => {
    const plan = await parsed(`<p style="text-align:center">某县“十五五”教育事业发展主要指标</p><table>
<tr><th rowspan="2">指标</th><th colspan="2">2025年</th><th colspan="2">2030年</th><th rowspan="2">属性</th></tr>
<tr><th>小学</th><th>初中</th><th>小学</th><th>初中</th></tr>
<tr><td>义务教育巩固率（%）</td><td>99.2</td><td>98.5</td><td>99.5</td><td>≥99</td><td>约束性</td></tr></table>`);
    expect(plan.indicators.map((i) => [i.name, i.baseline?.value, i.target?.value, i.target?.year])).toEqual([
      ["义务教育巩固率（小学）", 99.2, 99.5, 2030],
      ["义务教育巩固率（初中）", 98.5, 99, 2030],
    ]);
  });

  it("reads a justified narrow cell's stretched characters as one name (县委编办, not 县 / 委编办), a padded name cell kept", async () => {
    const plan = await parsed(
      `<p>会宁县学前教育发展提升实施方案</p><p>一、重点任务</p>
<table><tr><th style="width:62%">工作任务</th><th>责任领导</th><th>责任单位</th></tr>
<tr><td>1.配足配齐教师。核定公办园教职工编制，补充幼儿园教师120名。</td><td>周&emsp;敏</td><td>县委编办、县人社局、县教育局</td></tr>
<tr><td>2.推进幼小衔接。建立幼儿园和小学结对机制。</td><td>王建国</td><td>县教育局，各乡镇中心学校、中心幼儿园</td></tr></table>`,
      "@page { margin: 37mm 26mm } table { border-collapse: collapse; width: 100%; font-size: 11pt } td, th { border: 1px solid #000; padding: 3px 4px; text-align: justify }",
    );
    const tasks = allTasks(plan);
    expect(tasks.map((t) => t.units.map((u) => u.name))).toEqual([
      ["县委编办", "县人社局", "县教育局"],
      ["县教育局", "各乡镇中心学校", "中心幼儿园"],
    ]);
    expect(tasks.map((t) => t.leaders)).toEqual([["周敏"], ["王建国"]]);
  });
});
