// A plan circulated as an Excel task list (任务分解表, 整改清单, 项目表): each
// visible worksheet becomes blocks of a plan document (sheet-blocks.ts), in
// workbook order. exceljs runs in the plan worker after the archive gate;
// what it reads is bounded by MAX_SHEET_CELLS, and the grids made from it by
// one GridBudget for the whole workbook. Hidden sheets are skipped, and the user is told.
import type { WorkbookSheet } from "@/lib/files/parse-jobs";
import type { PlanDocument } from "@/lib/plans/parser/blocks";
import { PLAN_FILE_MESSAGES as M } from "../plan-file-messages";
import { sheetBlocks } from "./sheet-blocks";
import { GridBudget, sheetGrid } from "./sheet-grid";

export function workbookDocument(sheets: WorkbookSheet[]): PlanDocument {
  const hidden = sheets.filter((s) => s.hidden).map((s) => M.hiddenSheet(s.name));
  const budget = new GridBudget();
  const blocks = sheets.filter((s) => !s.hidden).flatMap((s) => sheetBlocks(s.name, sheetGrid(s, budget)));
  return { format: "xlsx", blocks, ...(hidden.length ? { notices: hidden } : {}) };
}
