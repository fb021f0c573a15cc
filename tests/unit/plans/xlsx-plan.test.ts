// Bureaus circulate task lists (任务分解表) as Excel workbooks: a title merged
// across the sheet, a header, chapter rows merged across, a unit merged down
// over the tasks it leads, cells of several lines, a 说明 sheet. Reading such
// a workbook must give back the document it was written from, cells as a
// person reads them on screen (85%, 2025年6月30日), and say what it skipped.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readPlanFile } from "@/lib/plans/import/read-document";
import { documentText, parsePlanDocument, type PlanDocument, type TableCell } from "@/lib/plans/parser";
import { xlsxFromDocument } from "@/tests/support/xlsx-plan";

const P = (text: string) => ({ kind: "paragraph" as const, text });
const C = (text: string, merged?: TableCell["merged"]): TableCell => (merged ? { text, merged } : { text });
/** A row spanning the table: a chapter heading merged across all six columns. */
const chapter = (text: string) => ({ cells: [C(text), ...Array.from({ length: 5 }, () => C(text, "left"))] });

const TASK_LIST: PlanDocument = {
  format: "xlsx",
  blocks: [
    P("XX区2025年教育重点工作任务分解表"),
    {
      kind: "table",
      sheet: "任务分解",
      rows: [
        { cells: ["序号", "重点工作任务", "主要责任单位", "协同配合单位", "目标值", "完成时限"].map((t) => C(t)), header: true },
        chapter("一、推进学前教育普及普惠"),
        { cells: [C("1"), C("持续推进学前教育普及普惠\n扩大普惠性资源供给"), C("区教育局"), C("区发改委\n区财政局"), C("85%"), C("2025年6月30日")] },
        { cells: [C("2"), C("完善幼儿园收费政策"), C("区教育局", "above"), C("区发改委\n区财政局", "above"), C("90.5%"), C("2025年12月")] },
        chapter("二、促进义务教育优质均衡"),
        { cells: [C("3"), C("实施集团化办学"), C("基础教育科"), C(""), C(""), C("长期")] },
      ],
    },
    P("附件2"),
    P("重点项目表"),
    {
      kind: "table",
      sheet: "项目表",
      rows: [
        { cells: ["项目名称", "建设内容", "总投资（万元）", "责任单位"].map((t) => C(t)) },
        { cells: [C("第三幼儿园新建工程"), C("新建12班幼儿园"), C("1,200.50"), C("区教育局")] },
        { cells: [C("合计"), C("合计", "left"), C("1,200.50"), C("")] },
      ],
    },
    P("填表说明："),
    P("1. 责任单位排在首位的为牵头单位。"),
    P("2. 完成时限为最迟完成时间。"),
  ],
};

/** The typed cells of TASK_LIST as Excel stores them: numbers, percentages, dates. */
const TYPED = {
  "1": { value: 1, numFmt: "General" },
  "2": { value: 2, numFmt: "0" },
  "3": { value: 3, numFmt: "General" },
  "85%": { value: 0.85, numFmt: "0%" },
  "90.5%": { value: 0.905, numFmt: "0.0%" },
  "2025年6月30日": { value: new Date(Date.UTC(2025, 5, 30)), numFmt: "yyyy/m/d" },
  "2025年12月": { value: new Date(Date.UTC(2025, 11, 1)), numFmt: 'yyyy"年"m"月"' },
  "1,200.50": { value: 1200.5, numFmt: "#,##0.00" },
};

const HIDDEN_NOTICE = "已跳过隐藏的工作表“旧版任务”：如需导入其中的内容，请在 Excel 中取消隐藏后重新上传";

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("a plan sent as an Excel task list", () => {
  it("reads back as the document it was written from: title, header, merges, multi-line cells, typed values, notes", async () => {
    const xlsx = await xlsxFromDocument(TASK_LIST, {
      typed: TYPED,
      hiddenSheet: {
        name: "旧版任务",
        rows: [
          ["序号", "任务"],
          ["1", "已废止的任务"],
        ],
      },
    });
    const { document: doc } = await readPlanFile("2025年重点工作任务分解表.xlsx", xlsx);
    expect(doc).toEqual({ ...TASK_LIST, notices: [HIDDEN_NOTICE] });
    expect(documentText(doc)).not.toContain("已废止的任务");
  });

  it("tells the user a hidden sheet was skipped, among the parse's warnings", async () => {
    const xlsx = await xlsxFromDocument(TASK_LIST, { hiddenSheet: { name: "旧版任务", rows: [["1", "已废止的任务"]] } });
    const parsed = (await readPlanFile("任务.xlsx", xlsx)).parsed;
    expect(parsed.warnings[0]).toEqual({ line: 1, message: HIDDEN_NOTICE });
  });

  it("leaves out hidden columns and rows (an old 责任单位, a withdrawn task) and says so", async () => {
    const xlsx = await workbook((wb) => {
      const ws = wb.addWorksheet("任务");
      ws.addRow(["序号", "重点任务", "责任单位（调整前）", "责任单位", "完成时限", "内部备注"]);
      ws.addRow([1, "推进学前教育普及普惠", "基础教育股", "学前教育股", "2025年8月底前", "内部掌握"]);
      ws.addRow([2, "（已撤销）筹建区第五幼儿园", "", "学前教育股", "2025年9月底前", ""]);
      ws.addRow([3, "推进义务教育优质均衡", "", "基础教育股", "2025年12月底前", ""]);
      ws.getColumn(3).hidden = true;
      ws.getColumn(6).hidden = true;
      ws.getRow(3).hidden = true;
    });
    const parsed = (await readPlanFile("任务.xlsx", xlsx)).parsed;
    const tasks = parsed.sections.flatMap((s) => s.tasks);
    expect(tasks.map((t) => [t.title, t.units.map((u) => u.name), t.measures])).toEqual([
      ["推进学前教育普及普惠", ["学前教育股"], []],
      ["推进义务教育优质均衡", ["基础教育股"], []],
    ]);
    expect(parsed.warnings).toEqual([{ line: 1, message: "已跳过工作表“任务”中隐藏的 2 列和 1 行：如需导入其中的内容，请在 Excel 中取消隐藏后重新上传" }]);
  });

  it("shows numbers, percentages, dates, rich text and formulas as the sheet shows them", async () => {
    const xlsx = await workbook((wb) => {
      const ws = wb.addWorksheet("任务");
      ws.addRow(["序号", "任务", "目标", "时限", "经费", "合计", "是否"]);
      ws.addRow([
        1,
        { richText: [{ text: "推进" }, { text: "集团化办学", font: { bold: true } }] },
        0.855,
        new Date(Date.UTC(2025, 8, 30)),
        0.1 + 0.2,
        { formula: "E2*2", result: 0.6 },
        true,
      ]);
      ws.getCell("C2").numFmt = "0.0%";
      ws.getCell("D2").numFmt = 'yyyy"年"m"月"d"日"';
      ws.addRow([2, "开展教师培训", 0.9, new Date(Date.UTC(2025, 11, 31)), 12345.678, { formula: "E3", result: 12345.678 }, false]);
      ws.getCell("C3").numFmt = "0%";
      ws.getCell("D3").numFmt = "mm-dd-yy";
      ws.getCell("E3").numFmt = "#,##0.0";
      ws.getCell("F3").numFmt = "#,##0.0";
    });
    const { document: doc } = await readPlanFile("任务.xlsx", xlsx);
    expect(documentText(doc).split("\n")).toEqual([
      "序号\t任务\t目标\t时限\t经费\t合计\t是否",
      "1\t推进集团化办学\t85.5%\t2025年9月30日\t0.3\t0.6\tTRUE",
      "2\t开展教师培训\t90%\t2025年12月31日\t12,345.7\t12,345.7\tFALSE",
    ]);
  });

  it("reads a date in a Chinese built-in format (年月日 by id, as Excel and WPS write it) as a date, not a serial number", async () => {
    const xlsx = await workbook((wb) => {
      const ws = wb.addWorksheet("任务");
      ws.addRow(["任务", "完成时限"]);
      ws.addRow(["开展教师培训", new Date(Date.UTC(2025, 5, 30))]);
      ws.getCell("B2").numFmt = 'yyyy"年"m"月"d"日"';
    });
    // Point the cell's style at built-in id 31 (zh-CN 年月日) and drop the custom format.
    const zip = await JSZip.loadAsync(xlsx);
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const custom = styles.match(/<numFmt numFmtId="(\d+)"[^>]*\/>/)!;
    zip.file("xl/styles.xml", styles.replace(custom[0], "").replaceAll(`numFmtId="${custom[1]}"`, 'numFmtId="31"'));
    const { document: doc } = await readPlanFile("任务.xlsx", await zip.generateAsync({ type: "uint8array" }));
    expect(documentText(doc)).toBe("任务\t完成时限\n开展教师培训\t2025年6月30日");
  });

  it("reads a sheet of notes, and notes under a table, as plan text", async () => {
    const xlsx = await workbook((wb) => {
      const notes = wb.addWorksheet("填表说明");
      notes.addRow(["一、本表由各责任单位填写", "（盖章）"]);
      notes.addRow(["二、完成时限以文件为准"]);
      const list = wb.addWorksheet("清单");
      list.addRow(["问题", "整改措施", "责任单位", "整改时限"]);
      list.addRow(["校园安全隐患排查不到位", "开展全面排查\n建立台账", "安全科", "2025年6月底前"]);
      list.addRow([]);
      list.addRow(["注：1. 整改时限为最迟时间；"]);
      list.mergeCells("A4:D4");
      list.addRow(["2. 每月报送进展。"]);
      const column = wb.addWorksheet("工作要点");
      column.addRow(["一、总体要求"]);
      column.addRow(["坚持立德树人。\n办好人民满意的教育。"]);
    });
    const { document: doc } = await readPlanFile("清单.xlsx", xlsx);
    expect(doc.blocks).toEqual([
      // Notes numbered 一、二、 would be chapters: on one line under the sheet's name, they stay notes.
      P("填表说明：一、本表由各责任单位填写 （盖章）二、完成时限以文件为准"),
      {
        kind: "table",
        sheet: "清单",
        rows: [
          { cells: ["问题", "整改措施", "责任单位", "整改时限"].map((t) => C(t)) },
          { cells: [C("校园安全隐患排查不到位"), C("开展全面排查\n建立台账"), C("安全科"), C("2025年6月底前")] },
        ],
      },
      P("注：1. 整改时限为最迟时间；"),
      P("2. 每月报送进展。"),
      P("一、总体要求"),
      P("坚持立德树人。"),
      P("办好人民满意的教育。"),
    ]);
  });

  it("reads 填报说明 and the signature line under a table as notes, not as tasks", async () => {
    const xlsx = await workbook((wb) => {
      const list = wb.addWorksheet("整改清单");
      list.addRow(["序号", "问题描述", "整改措施", "责任单位", "整改时限"]);
      list.addRow([1, "校园安全隐患排查不到位", "开展全面排查", "安全股", "2025年6月底前"]);
      list.addRow(["填报说明：1.每月25日前报送；2.整改完成的注明日期。"]);
      list.mergeCells("A3:E3");
      list.addRow(["填表人：马丽", "", "审核人：周建军", "", "联系电话：0951-1234567"]);
    });
    const { document: doc } = await readPlanFile("清单.xlsx", xlsx);
    expect(doc.blocks.filter((b) => b.kind === "table").map((b) => b.rows.length)).toEqual([2]);
    expect(doc.blocks.slice(1)).toEqual([P("填报说明：1.每月25日前报送；2.整改完成的注明日期。"), P("填表人：马丽 审核人：周建军 联系电话：0951-1234567")]);
  });

  it("a workbook kept one sheet per office: the sheet names who does its tasks; a 填报说明 sheet's 1. 2. notes are not tasks", async () => {
    const xlsx = await workbook((wb) => {
      const notes = wb.addWorksheet("填报说明");
      notes.addRow(["海原县教育体育局2025年重点工作任务清单（按股室）"]);
      notes.addRow(["1.本清单按股室分表，每个工作表为一个股室的年度任务。"]);
      notes.addRow(["2.完成情况每季度末更新一次。"]);
      for (const [office, task] of [
        ["基础教育股", "推进义务教育优质均衡"],
        ["人事股", "招聘补充教师"],
      ]) {
        const sheet = wb.addWorksheet(office!);
        sheet.addRow(["序号", "工作任务", "分管领导", "完成时限"]);
        sheet.addRow([1, task, "田 丰", "2025年10月"]);
      }
    });
    const plan = (await readPlanFile("任务清单.xlsx", xlsx)).parsed;
    expect(plan.title).toBe("海原县教育体育局2025年重点工作任务清单（按股室）");
    expect(plan.sections.map((s) => [s.tasks.map((t) => t.title), s.units])).toEqual([
      [["推进义务教育优质均衡"], [{ name: "基础教育股", role: "responsible" }]],
      [["招聘补充教师"], [{ name: "人事股", role: "responsible" }]],
    ]);
    expect(plan.planText.map((b) => b.title)).toEqual(["填报说明"]);
  });

  it("a city's workbook kept one sheet per district: the sheet names who does its tasks", async () => {
    const xlsx = await workbook((wb) => {
      for (const [district, task] of [
        ["白银区", "新建白银区第二幼儿园"],
        ["平川区", "推进平川区第四中学改扩建工程"],
      ]) {
        const sheet = wb.addWorksheet(district!);
        sheet.addRow(["督办事项", "责任领导", "办结时限"]);
        sheet.addRow([task, "孙立军", "2025年8月31日"]);
      }
    });
    const plan = (await readPlanFile("督办事项清单.xlsx", xlsx)).parsed;
    expect(plan.sections.map((s) => [s.tasks.map((t) => t.title), s.units.map((u) => u.name)])).toEqual([
      [["新建白银区第二幼儿园"], ["白银区"]],
      [["推进平川区第四中学改扩建工程"], ["平川区"]],
    ]);
  });

  it("every district's sheet titled …清单（白银区）: the plan has the title without the bracket, each sheet a section", async () => {
    const xlsx = await workbook((wb) => {
      for (const [district, task] of [
        ["白银区", "新建白银区第二幼儿园"],
        ["平川区", "推进平川区第四中学改扩建工程"],
      ]) {
        const sheet = wb.addWorksheet(district!);
        sheet.addRow([`白银市教育局2025年重点工作督办事项清单（${district}）`]);
        sheet.mergeCells("A1:C1");
        sheet.addRow(["督办事项", "责任领导", "办结时限"]);
        sheet.addRow([task, "孙立军", "2025年8月31日"]);
      }
    });
    const plan = (await readPlanFile("督办事项清单.xlsx", xlsx)).parsed;
    expect(plan.title).toBe("白银市教育局2025年重点工作督办事项清单");
    expect(plan.sections.map((s) => [s.title, s.units.map((u) => u.name), s.tasks.map((t) => t.title)])).toEqual([
      ["白银区", ["白银区"], ["新建白银区第二幼儿园"]],
      ["平川区", ["平川区"], ["推进平川区第四中学改扩建工程"]],
    ]);
  });

  it("one sheet titled …清单（白银区）: the bracket stays in the plan's title", async () => {
    const xlsx = await workbook((wb) => {
      const sheet = wb.addWorksheet("白银区");
      sheet.addRow(["白银市教育局2025年重点工作督办事项清单（白银区）"]);
      sheet.mergeCells("A1:C1");
      sheet.addRow(["督办事项", "责任领导", "办结时限"]);
      sheet.addRow(["新建白银区第二幼儿园", "孙立军", "2025年8月31日"]);
    });
    expect((await readPlanFile("督办事项清单.xlsx", xlsx)).parsed.title).toBe("白银市教育局2025年重点工作督办事项清单（白银区）");
  });

  it("a 填表说明 sheet headed by its own name, its notes numbered 一、二、: no title, no tasks", async () => {
    const xlsx = await workbook((wb) => {
      const notes = wb.addWorksheet("填表说明");
      notes.addRow(["填表说明"]);
      notes.addRow(["一、一个问题填写一行。"]);
      notes.addRow(["二、“完成情况”只能填写“已完成”“持续推进”。"]);
      const list = wb.addWorksheet("整改台账");
      list.addRow(["某县教育局审计反馈问题整改台账"]);
      list.addRow(["序号", "问题描述", "整改措施", "责任股室"]);
      list.addRow([1, "学生资助资金发放不及时。", "建立按月拨付机制。", "学生资助中心"]);
    });
    const plan = (await readPlanFile("整改台账.xlsx", xlsx)).parsed;
    expect(plan.title).toBe("某县教育局审计反馈问题整改台账");
    expect(plan.sections.flatMap((s) => s.tasks).map((t) => t.title)).toEqual(["学生资助资金发放不及时"]);
    expect(plan.warnings).toEqual([]);
  });

  it("reads two tables one under another on a sheet, each with its caption", async () => {
    const xlsx = await workbook((wb) => {
      const ws = wb.addWorksheet("Sheet1");
      ws.addRow(["表一：主要指标"]);
      ws.addRow(["序号", "指标名称", "2024年", "2025年"]);
      ws.addRow([1, "学前三年毛入园率", "91.5", "93"]);
      ws.addRow([]);
      ws.addRow(["表二：重点任务"]);
      ws.mergeCells("A5:D5");
      ws.addRow(["序号", "重点任务", "责任单位", "完成时限"]);
      ws.addRow([1, "完成义务教育质量监测工作。", "督导室", "2025年6月"]);
    });
    const { document: doc } = await readPlanFile("任务表.xlsx", xlsx);
    expect(doc.blocks.map((b) => (b.kind === "table" ? `table:${b.rows.length}` : b.text))).toEqual(["表一：主要指标", "table:2", "表二：重点任务", "table:2"]);
    const plan = parsePlanDocument(doc);
    expect(plan.indicators.map((i) => i.name)).toEqual(["学前三年毛入园率"]);
    expect(plan.sections.flatMap((s) => s.tasks).map((t) => t.title)).toEqual(["完成义务教育质量监测工作"]);
  });

  it("keeps one table one table across an empty row above a chapter row", async () => {
    const xlsx = await workbook((wb) => {
      const ws = wb.addWorksheet("任务");
      ws.addRow(["序号", "重点任务", "责任单位", "完成时限"]);
      ws.addRow(["一、推进学前教育普及普惠"]);
      ws.mergeCells("A2:D2");
      ws.addRow([1, "扩大普惠性资源供给。", "学前教育股", "2025年12月"]);
      ws.addRow([]);
      ws.addRow(["二、促进义务教育优质均衡"]);
      ws.mergeCells("A5:D5");
      ws.addRow([2, "落实立德树人根本任务。", "基教股", "2025年9月"]);
    });
    const { document: doc } = await readPlanFile("任务.xlsx", xlsx);
    expect(doc.blocks.filter((b) => b.kind === "table")).toHaveLength(1);
    const plan = parsePlanDocument(doc);
    expect(plan.sections.map((s) => [s.title, s.tasks.map((t) => t.title)])).toEqual([
      ["推进学前教育普及普惠", ["扩大普惠性资源供给"]],
      ["促进义务教育优质均衡", ["落实立德树人根本任务"]],
    ]);
  });

  it("trims the empty rows and columns around a table placed anywhere on the sheet", async () => {
    const xlsx = await workbook((wb) => {
      const ws = wb.addWorksheet("任务");
      ws.getCell("C4").value = "序号";
      ws.getCell("D4").value = "任务";
      ws.getCell("C6").value = 1;
      ws.getCell("D6").value = "  推进集团化办学  ";
      ws.getCell("H20").style = { font: { bold: true } };
    });
    const { document: doc } = await readPlanFile("任务.xlsx", xlsx);
    expect(doc.blocks).toEqual([{ kind: "table", sheet: "任务", rows: [{ cells: [C("序号"), C("任务")] }, { cells: [C("1"), C("推进集团化办学")] }] }]);
  });

  it("parses with `npm run plan:parse`'s reader path: the title is the sheet's merged title row", async () => {
    const xlsx = await xlsxFromDocument(TASK_LIST, { typed: TYPED });
    const parsed = (await readPlanFile("任务.xlsx", xlsx)).parsed;
    expect(parsed.title).toBe("XX区2025年教育重点工作任务分解表");
  });

  it("reads a ledger's form row above its header (填报单位：…（盖章） | … | 填报时间：…) as the issuer and the year its deadlines fall in", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("整改台账");
    ws.addRow(["县政府履行教育职责督导评价反馈问题整改台账"]);
    ws.mergeCells("A1:F1");
    ws.addRow(["填报单位：庄浪县教育局（盖章）", "", "", "填报时间：2025年5月15日"]);
    ws.mergeCells("A2:C2");
    ws.mergeCells("D2:F2");
    ws.addRow(["序号", "问题清单", "整改措施", "责任单位", "整改时限", "整改进展"]);
    ws.addRow([1, "2所学校D级危房尚未拆除。", "拆除D级危房，妥善安排学生分流。", "计财股", "6月30日前", "未启动"]);
    ws.addRow([2, "音体美专任教师缺口86人。", "年内补充50人以上。", "人事股", "9月底", "正在推进"]);
    const parsed = (await readPlanFile("台账.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()))).parsed;
    expect(parsed).toMatchObject({ issuer: "庄浪县教育局", issueDate: "2025-05-15", warnings: [] });
    const tasks = parsed.sections.flatMap((s) => s.tasks);
    expect(tasks.map((t) => [t.dueDate, t.source])).toEqual([
      ["2025-06-30", { table: 1, row: 3 }],
      ["2025-09-30", { table: 1, row: 4 }],
    ]);
  });
});
