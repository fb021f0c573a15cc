// The members workbooks (the blank template, the account list, an import's
// results): one bold frozen header row of the template's columns, text cells
// (a phone number must not become 1.39E+10), 角色 offered as a drop-down.
import "server-only";
import ExcelJS from "exceljs";
import { BUREAU_ROLES, ROLE_LABELS } from "@/lib/vocabulary";
import { MAX_MEMBER_ROWS, MEMBER_COLUMN_ORDER, MEMBER_COLUMNS, MEMBERS_SHEET } from "./columns";

const FONT = "宋体";
/** exceljs has range validations (worksheet.dataValidations) but does not declare them. */
type WithValidations = { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } };
const WIDTHS: Record<string, number> = { 用户名: 18, 姓名: 12, 角色: 14, 所属单位: 24, 手机号: 15, 邮箱: 26, 对应责任领导: 16 };
export const TEMPLATE_HEADERS = MEMBER_COLUMN_ORDER.map((key) => MEMBER_COLUMNS[key]);

export interface SheetSpec {
  name: string;
  headers: string[];
  rows: (string | number | null)[][];
}

function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec) {
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = spec.headers.map((h) => ({ header: h, width: WIDTHS[h] ?? 16, style: { numFmt: "@", font: { name: FONT, size: 11 } } }));
  const header = sheet.getRow(1);
  header.font = { name: FONT, bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };
  for (const row of spec.rows) sheet.addRow(row);
  const roleCol = spec.headers.indexOf(MEMBER_COLUMNS.role) + 1;
  if (roleCol > 0) {
    const letter = sheet.getColumn(roleCol).letter;
    const list = `"${BUREAU_ROLES.map((r) => ROLE_LABELS[r]).join(",")}"`;
    // One range (not a validation per cell, which would add empty rows that a filler
    // appending rows writes after): the drop-down a filler picks 角色 from.
    const last = Math.max(spec.rows.length, MAX_MEMBER_ROWS) + 1;
    (sheet as unknown as WithValidations).dataValidations.add(`${letter}2:${letter}${last}`, { type: "list", allowBlank: true, formulae: [list] });
  }
  return sheet;
}

export async function writeWorkbook(sheets: SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "EduPlan 教育规划督办平台";
  workbook.created = new Date();
  for (const spec of sheets) addSheet(workbook, spec);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const NOTES = [
  ["每行一个账号；“用户名”“姓名”“角色”必填，用户名为 3–40 位小写字母、数字、点、下划线或连字符。"],
  [`“角色”填写：${BUREAU_ROLES.map((r) => ROLE_LABELS[r]).join("、")}。`],
  [`${ROLE_LABELS.unit_reporter}必须填写“所属单位”；本局尚无该单位时自动新建。`],
  [`“对应责任领导”只对${ROLE_LABELS.leader}填写，写规划中的领导姓名，多人用“、”分隔。`],
  ["已存在的用户名会被更新，不会重复创建；新账号的一次性密码只在导入结果中显示一次，首次登录须修改。"],
];

/** The blank template, with a second sheet saying how to fill it (never read back). */
export function writeMembersTemplate(): Promise<Buffer> {
  return writeWorkbook([
    { name: MEMBERS_SHEET, headers: TEMPLATE_HEADERS, rows: [] },
    { name: "填写说明", headers: ["填写说明"], rows: NOTES },
  ]);
}
