/**
 * Annex project tables (项目名称 | 建设内容 | 总投资 | 建设年限 | 责任单位):
 * the plan's project list, never tasks. A 合计 / 小计 row sums the others
 * and a row naming a group (一、学前教育项目) heads them; neither is a project.
 * The task citing the annex (具体项目见附件2) is linked later, once the
 * prose tasks are known (document.ts).
 */
import type { TableBlock, TableRow } from "../blocks";
import { PLAN_LIMITS } from "../limits";
import type { PlanProject, ResponsibleUnit } from "../types";
import { splitUnits } from "../names";
import { wanPerUnit } from "./columns";
import type { Recogniser } from "./context";
import { rowSource } from "./context";
import { cellText, columnOf, findHeader, has, isRepeatedHeader, isTrackedProjectList, listOf, proseOf, rowIsEmpty, type Header } from "./grid";

const TOTAL_ROW = /^(合计|小计|总计|共计|累计)/;
const GROUP_HEADING = /^([一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])/;

/** “1.2亿元” → 12000, “800万元” → 800, “800” under 总投资（万元） → 800; null when it cannot be read. */
export function investmentInWan(text: string, headerUnitWan: number | null): number | null {
  const m = /^约?(\d+(?:\.\d+)?)\s*(亿元|亿|万元|万|元)?$/.exec(text.replace(/[,，\s]/g, ""));
  if (!m) return null;
  const value = Number(m[1]);
  const unit = m[2];
  const factor = wanPerUnit(unit) ?? headerUnitWan;
  if (factor === null || !Number.isFinite(value)) return null;
  const wan = Math.round(value * factor * 10_000) / 10_000;
  // Above the limit it is digits run together (years glued into the cell), not an amount.
  return wan <= PLAN_LIMITS.investmentWan ? wan : null;
}

function isTotalOrGroup(row: TableRow): boolean {
  const own = row.cells.filter((c) => !c.merged && c.text?.trim());
  if (own.some((c) => TOTAL_ROW.test(c.text.replace(/\s+/g, "")))) return true;
  // A group row: one text spanning the table, or one 一、/（一） heading and nothing else.
  if (own.length !== 1) return false;
  const spans = row.cells.length > 1 && row.cells.slice(1).every((c) => c.merged === "left");
  return spans || GROUP_HEADING.test((own[0] as TableRow["cells"][number]).text.trim());
}

/** 单位：万元 (or 金额单位：亿元) above the table, in its caption or a row over the header: what bare amounts count. */
const STATED_UNIT = /(?:金额|投资)?单位[:：]\s*(万元|亿元|元)/;

function statedUnitWan(table: TableBlock, header: Header, caption: string | null): number | null {
  const above = [caption ?? "", ...table.rows.slice(0, header.index).map((r) => r.cells.map((c) => c.text ?? "").join(" "))];
  return wanPerUnit(above.map((text) => STATED_UNIT.exec(text)?.[1]).find(Boolean));
}

function projectUnits(header: Header, row: TableRow): ResponsibleUnit[] {
  const out: ResponsibleUnit[] = [];
  header.columns.forEach((c, j) => {
    if (c?.kind !== "units") return;
    for (const u of splitUnits(listOf(cellText(row, j)), c.role)) if (!out.some((x) => x.name === u.name && x.role === u.role)) out.push(u);
  });
  return out;
}

/** 开工时间 | 竣工时间 in place of a 建设年限: the project runs from the one to the other. */
const STARTS = /^(?:计划)?(?:开工|开始|启动)(?:时间|日期|年月|年份)$/;
const ENDS = /^(?:计划)?(?:竣工|完工|建成|完成)(?:时间|日期|年月|年份)$/;
/** Columns a project is made of; any other (建设性质, 2025年计划投资, 资金来源) is kept in its content. */
const PROJECT_KINDS = new Set(["number", "project", "content", "investment", "years", "units"]);

/** Each column's label, from the header row nearest the data (a spanning label's sub-labels). */
function labelsOf(table: TableBlock, header: Header): string[] {
  const near = table.rows[header.dataStart - 1];
  const first = table.rows[header.index];
  return header.columns.map((_, j) => proseOf(cellText(near, j)) || proseOf(cellText(first, j)));
}

export const projectTable: Recogniser = {
  name: "projects",
  match: (table: TableBlock) =>
    findHeader(table.rows, (cols) => has(cols, "project") && has(cols, "content", "investment", "years") && !isTrackedProjectList(cols)),
  read: (table, header, ctx) => {
    const nameCol = columnOf(header.columns, "project");
    const col = (kind: "content" | "investment" | "years") => columnOf(header.columns, kind);
    const investCol = col("investment");
    const investRole = header.columns[investCol];
    const headerUnitWan = investRole?.kind === "investment" && investRole.unitWan !== null ? investRole.unitWan : statedUnitWan(table, header, ctx.caption);
    const labels = labelsOf(table, header);
    const startCol = labels.findIndex((l) => STARTS.test(l.replace(/\s/g, "")));
    const endCol = labels.findIndex((l) => ENDS.test(l.replace(/\s/g, "")));
    const otherCols = header.columns.flatMap((c, j) =>
      (c && PROJECT_KINDS.has(c.kind)) || j === startCol || j === endCol || !labels[j] || labels[j] === labels[j - 1] ? [] : [j],
    );
    const projects: PlanProject[] = [];
    for (let i = header.dataStart; i < table.rows.length; i++) {
      const row = table.rows[i] as TableRow;
      if (rowIsEmpty(row) || isRepeatedHeader(row, header) || isTotalOrGroup(row)) continue;
      const name = proseOf(cellText(row, nameCol)).replace(/^\d{1,3}[.．、]\s*/, "");
      if (!name) {
        ctx.warnings.push({ line: ctx.firstLine + i, message: `表格${ctx.table}第${i + 1}行没有项目名称，已跳过` });
        continue;
      }
      const text = (c: number) => (c >= 0 ? proseOf(cellText(row, c)) || null : null);
      const investment = text(investCol);
      const span = [text(startCol), text(endCol)].filter(Boolean).join("—") || null;
      const others = otherCols.flatMap((j) => {
        const value = text(j);
        return value ? [`${labels[j]}：${value}`] : [];
      });
      const content = [text(col("content")), ...others].filter(Boolean).join("；").replace(/。；/g, "。") || null;
      projects.push({
        name,
        content,
        investment,
        investmentWanYuan: investment ? investmentInWan(investment, headerUnitWan) : null,
        years: text(col("years")) ?? span,
        units: projectUnits(header, row),
        taskNumber: null,
        source: rowSource(table, i, ctx),
      });
    }
    return { kind: "projects", projects };
  },
};
