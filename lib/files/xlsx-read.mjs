// exceljs as the parse jobs use it (parse-job-runners.mjs): cell values as
// plain data, the number formats a Chinese workbook writes by id, and one
// worksheet as a plan reader needs it. Plain JavaScript: it runs in the worker.
/** An exceljs cell value as plain data: rich text joined, formulas by their cached result. */
export function plain(value) {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("result" in value) return plain(value.result ?? null);
  if ("formula" in value || "sharedFormula" in value) return null;
  if ("error" in value) return String(value.error);
  if ("text" in value) return plain(value.text);
  return null;
}

/**
 * Number formats that Excel and WPS write by id alone in a Chinese workbook
 * (ECMA-376 18.8.30, zh-CN). exceljs knows only the locale-free ids, so a
 * date typed as 2025年6月30日 (id 31) would read as the serial 45838.
 * Each worker runs one job, so filling them in here changes no other job.
 */
const ZH_CN_BUILTIN_FORMATS = {
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

export async function loadExcelWithChineseFormats() {
  // exceljs 4.4.0 (pinned) looks the ids up in this table at read time.
  const [exceljs, { default: builtins }] = await Promise.all([import("exceljs"), import("exceljs/lib/xlsx/defaultnumformats.js")]);
  for (const [id, f] of Object.entries(ZH_CN_BUILTIN_FORMATS)) builtins[id] = { ...builtins[id], f };
  return exceljs.default;
}

/** One worksheet as the plan reader needs it: cells with their formats, merges, hidden state, print titles. */
export function sheetOf(sheet, ExcelJS, budget) {
  if (sheet.state !== "visible") return { name: sheet.name, hidden: true, rows: [], merges: [] };
  const rows = [];
  const hiddenRows = [];
  const hiddenCols = (sheet.columns ?? []).filter((c) => c.hidden).map((c) => c.number);
  sheet.eachRow((row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber);
    const cells = [];
    row.eachCell((cell, col) => {
      // A covered position repeats its origin's value in exceljs; the merges say where it reaches.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      budget.spend();
      const value = plain(cell.value);
      const formatted = (typeof value === "number" || value instanceof Date) && cell.numFmt;
      cells.push(formatted ? { col, value, numFmt: cell.numFmt } : { col, value });
    });
    if (cells.length) rows.push({ row: rowNumber, cells });
  });
  // exceljs keeps no public list of merges; _merges is its own record of them (version pinned).
  const merges = Object.values(sheet._merges ?? {}).map((range) => {
    budget.spend();
    return { top: range.top, left: range.left, bottom: range.bottom, right: range.right };
  });
  const titles = /^(\d+):(\d+)$/.exec(sheet.pageSetup?.printTitlesRow ?? "");
  return {
    name: sheet.name,
    hidden: false,
    rows,
    merges,
    ...(titles ? { titleRows: { first: Number(titles[1]), last: Number(titles[2]) } } : {}),
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(hiddenCols.length ? { hiddenCols } : {}),
  };
}
