// A bureau's files are .doc as often as .docx, renamed, password-protected,
// or built to hurt. Each is answered in Chinese with what to do, before a
// parser is trusted with it; the formats that are read pass.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_CHARS, MAX_SHEET_CELLS } from "@/lib/files/parse-jobs";
import { parseIsolated } from "@/lib/files/isolated";
import { planFileFormat, PLAN_FILE_ACCEPT } from "@/lib/plans/import/plan-file-format";
import { readPlanFile } from "@/lib/plans/import/read-document";
import { docxFromParagraphs } from "@/tests/support/docx";
import { rawZip, xlsxBomb, xlsxOfCells } from "@/tests/support/office-archives";
import { xlsxFromDocument } from "@/tests/support/xlsx-plan";

const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const TOO_MANY_CELLS = `表格内容过多（超过 ${MAX_SHEET_CELLS} 个单元格），请删除无关的工作表或分批导入`;

const taskList = () =>
  xlsxFromDocument({
    format: "xlsx",
    blocks: [{ kind: "table", rows: [{ cells: [{ text: "序号" }, { text: "重点任务" }] }, { cells: [{ text: "1" }, { text: "推进集团化办学" }] }] }],
  });

describe("which plan files are read", () => {
  it("accepts Word, Excel, PDF and text files, whatever the case of the name", () => {
    expect(["规划.docx", "任务分解表.XLSX", "方案.pdf", "要点.txt"].map((n) => planFileFormat(n))).toEqual([
      { ok: true, format: "docx" },
      { ok: true, format: "xlsx" },
      { ok: true, format: "pdf" },
      { ok: true, format: "txt" },
    ]);
    expect(PLAN_FILE_ACCEPT).toBe(".docx,.xlsx,.pdf,.txt");
  });

  it.each([
    ["规划.doc", "不支持旧版 Word 文档（.doc）：请在 Word 或 WPS 中打开，“另存为” .docx 格式后上传"],
    ["规划.wps", "不支持 WPS 文字文档（.wps）：请在 WPS 中打开，“另存为” .docx 格式后上传"],
    ["任务.et", "不支持 WPS 表格文件（.et）：请在 WPS 中打开，“另存为” .xlsx 格式后上传"],
    ["任务.xls", "不支持旧版 Excel 工作簿（.xls）：请在 Excel 或 WPS 中打开，“另存为” .xlsx 格式后上传"],
    ["规划.rtf", "不支持 RTF 文档（.rtf）：请在 Word 或 WPS 中打开，“另存为” .docx 格式后上传"],
    ["规划.jpg", "不支持“.jpg”格式的文件：规划文件请上传 .docx、.xlsx、.pdf、.txt 格式，其他格式请先在 Word、WPS 或 Excel 中“另存为”其中一种"],
    ["规划", "不支持没有扩展名的文件：规划文件请上传 .docx、.xlsx、.pdf、.txt 格式，其他格式请先在 Word、WPS 或 Excel 中“另存为”其中一种"],
  ])("refuses %s, saying how to convert it", async (name, message) => {
    expect(planFileFormat(name)).toEqual({ ok: false, message });
    await expect(readPlanFile(name, new TextEncoder().encode("一、总体要求"))).rejects.toThrow(message);
  });
});

describe("a plan file whose bytes are not what its name says", () => {
  it("a workbook renamed .docx and a Word file renamed .xlsx are told apart by their content types", async () => {
    await expect(readPlanFile("规划.docx", await taskList())).rejects.toThrow(
      "该文件的扩展名是 .docx，内容却是Excel 工作簿：请确认选择的文件，或将扩展名改为 .xlsx 后重新上传",
    );
    await expect(readPlanFile("任务.xlsx", await docxFromParagraphs(["一、总体要求"]))).rejects.toThrow(
      "该文件的扩展名是 .xlsx，内容却是Word 文档：请确认选择的文件，或将扩展名改为 .docx 后重新上传",
    );
  });

  it("a password-protected or pre-2007 Office file renamed .xlsx says so", async () => {
    await expect(readPlanFile("任务.xlsx", OLE)).rejects.toThrow(
      "该文件不是 .xlsx 格式：它可能设置了打开密码，或是改了扩展名的旧版 .doc、.xls、.wps 文件。请取消密码，或在 Word、WPS、Excel 中“另存为” .xlsx 后上传",
    );
  });

  it("garbage, a zip of something else, a cut-off workbook and a broken one are refused in Chinese", async () => {
    await expect(readPlanFile("任务.xlsx", new TextEncoder().encode("序号,任务"))).rejects.toThrow("该文件不是有效的 .xlsx 工作簿");
    await expect(readPlanFile("任务.xlsx", rawZip([{ name: "readme.txt", data: Buffer.from("不是工作簿") }]))).rejects.toThrow("该文件不是有效的 .xlsx 工作簿");
    const whole = await taskList();
    await expect(readPlanFile("任务.xlsx", whole.slice(0, Math.floor(whole.length / 2)))).rejects.toThrow("无法读取该 .xlsx 工作簿，请确认文件未损坏");
    const broken = rawZip([
      {
        name: "[Content_Types].xml",
        data: Buffer.from(
          `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
        ),
      },
      { name: "xl/workbook.xml", data: Buffer.from("<workbook><sheets><sheet") },
    ]);
    await expect(readPlanFile("任务.xlsx", broken)).rejects.toThrow("无法读取该 .xlsx 工作簿，请确认文件未损坏");
  });

  it("a Word or Excel file renamed .txt is not read as mojibake", async () => {
    await expect(readPlanFile("要点.txt", await taskList())).rejects.toThrow(
      "该文件不是纯文本文件（.txt）：请直接上传原来的 Word 或 Excel 文件，或将内容另存为 .txt 后上传",
    );
  });
});

describe("a .txt plan in the encodings Notepad and WPS save", () => {
  const PLAN = "某县教育局2025年工作要点\r\n一、学前教育\r\n1.新建幼儿园2所。（责任单位：基础教育科）\r\n";
  const text = async (bytes: Uint8Array) => {
    const { document: doc } = await readPlanFile("要点.txt", bytes);
    return doc.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
  };
  const utf16 = (littleEndian: boolean) => {
    const le = Buffer.from(PLAN, "utf16le");
    const body = littleEndian ? le : Buffer.from(le).swap16();
    return new Uint8Array([...(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]), ...body]);
  };

  it("UTF-8 with or without its mark, UTF-16 either way round (“Unicode”) and GB18030 (“ANSI”) read the same", async () => {
    const expected = await text(new TextEncoder().encode(PLAN));
    expect(expected).toContain("1.新建幼儿园2所。（责任单位：基础教育科）");
    expect(await text(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(PLAN)]))).toEqual(expected);
    expect(await text(utf16(true))).toEqual(expected);
    expect(await text(utf16(false))).toEqual(expected);
    // 幼儿园 and 所 in GB18030: not UTF-8, so the fallback reads them.
    const gb = new Uint8Array([0x31, 0x2e, 0xd3, 0xd7, 0xb6, 0xf9, 0xd4, 0xb0, 0x32, 0xcb, 0xf9]);
    expect(await text(gb)).toEqual(["1.幼儿园2所"]);
  });

  it("binary bytes named .txt are refused, not read as mojibake", async () => {
    const junk = new Uint8Array(3000).map((_, i) => (i * 37 + 11) % 256);
    await expect(readPlanFile("要点.txt", junk)).rejects.toThrow("该文件不是纯文本文件（.txt）");
  });

  it("more text than any plan holds is refused before the parser, as a .docx is", async () => {
    const long = new TextEncoder().encode("新增学位1个，".repeat(MAX_DOCUMENT_CHARS / 7 + 1));
    await expect(readPlanFile("要点.txt", long)).rejects.toThrow(`文档内容过多（超过 ${MAX_DOCUMENT_CHARS / 10_000} 万字）`);
  });
});

describe("a hostile workbook named as a plan", { timeout: 90_000 }, () => {
  it("a zip bomb is refused by the archive gate before a parser opens it", async () => {
    await expect(readPlanFile("任务.xlsx", xlsxBomb())).rejects.toThrow(/可能已损坏或被构造，已拒绝/);
  });

  it("a few cells spread over a huge grid are refused, not expanded", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("任务");
    // 40 rows × 16 384 columns: far past what the workbook may cost (GridBudget), from 41 cells.
    for (let r = 1; r <= 40; r++) ws.getCell(r, 1).value = `任务${r}`;
    ws.getCell(1, 16_384).value = "XFD";
    await expect(readPlanFile("任务.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()))).rejects.toThrow(TOO_MANY_CELLS);
  });

  it("more cells than any plan holds are refused inside the worker", async () => {
    await expect(parseIsolated("xlsx-sheets", xlsxOfCells(MAX_SHEET_CELLS + 10), { unreadable: "x", timeoutMs: 45_000 })).rejects.toThrow(TOO_MANY_CELLS);
  });
});
