/**
 * What a table column holds, read from its header cell whatever the wording
 * and order (序号 | 目标与任务 | 分管县领导 | 牵头责任单位 …). Labels the
 * prose fields already know (fields.ts) count too, so 责任单位 means the same
 * in a table cell and after a colon.
 */
import type { UnitRole } from "../types";
import { fieldForLabel } from "../fields";
import { roleOfWord, ROLE_WORDS } from "../role-words";
import { STATUS_COLUMN } from "../stated-status";

const BRACKET_ROLE = new RegExp(`[（(](${ROLE_WORDS})[)）]$`);
const SAID_ROLE = new RegExp(ROLE_WORDS);

export type ColumnRole =
  | { kind: "number" }
  | { kind: "task" }
  /** 类别 / 领域: a column naming the group a row belongs to, merged down over its rows. */
  | { kind: "category" }
  | { kind: "measures" }
  | { kind: "goal" }
  | { kind: "problem" }
  | { kind: "leaders" }
  | { kind: "units"; role: UnitRole }
  /** schedule: a 进度安排 / 时间节点 column's label; beside a 完成时限 it gives stages, not the deadline (task-cells.ts). */
  | { kind: "deadline"; schedule?: string }
  /** label: how the measure it becomes is headed (备注：…, 整改状态：已完成); people: a list of names (责任人 beside 责任领导). */
  | { kind: "note"; label: string; people?: true }
  /** 一季度 | 二季度 …, 3月底前 | 6月底前, 2024年 | 2025年: what is to be done by then (label). */
  | { kind: "milestone"; label: string }
  /** 目标值 / 2025年目标: the figure the task is to reach (label: the header, which may state the year). */
  | { kind: "target"; label: string }
  /** 计量单位, or a 单位 column of %, 名, 所 (grid.ts): what the row's figures count. */
  | { kind: "measureUnit" }
  /** 指标名称: what a 目标值 on the row measures. */
  | { kind: "indicator" }
  | { kind: "project" }
  | { kind: "content" }
  | { kind: "investment"; unitWan: number | null }
  | { kind: "years" };

// Table-only wordings; the rest (措施 / 举措 / 内容 columns among them) falls through to the prose labels of fields.ts.
const TABLE_LABELS: [RegExp, ColumnRole][] = [
  [/^(序号|编号|序|No\.?)$/i, { kind: "number" }],
  [
    /^(重点任务|工作任务|目标与任务|目标和任务|重点工作任务|重点工作|主要任务|具体任务|任务|任务内容|任务名称|工作事项|重点事项|工作要点|目标任务)$/,
    { kind: "task" },
  ],
  [/^(类别|类型|分类|领域|板块|方面|工作类别|任务类别|项目类别|工作领域|重点领域|所属领域|工作板块|工作分类)$/, { kind: "category" }],
  [/^(问题|存在问题|存在的问题|问题描述|主要问题|问题清单|反馈问题|问题表现)$/, { kind: "problem" }],
  // What the task involves, under a task column (重点任务 | 具体工作); 主要工作 alone titles the row.
  [/^(具体工作|工作安排|具体安排|实施步骤|推进步骤|工作步骤|工作标准)$/, { kind: "measures" }],
  // What the finished task is judged by: what it is to achieve.
  [/^(验收标准|考核标准|完成标准|评价标准|考核指标|完成标志|达标要求|预期成效|预期成果|预期效果|目标要求|工作成效)$/, { kind: "goal" }],
  [/^(主要工作|工作名称)$/, { kind: "task" }],
  // A 批示件台账 names the matter by the document it came in; the 批示内容 says what to do about it.
  [/^(来文|来件|来文[（(]来件[)）]|来件[（(]来文[)）]|事项)(名称|标题)$/, { kind: "task" }],
  [/^((责任|分管|牵头|包抓|联系)(县|区|市|旗)?(级)?领导|责任人|责任领导及责任人|(具体)?负责人)$/, { kind: "leaders" }],
  [/^(牵头单位|牵头责任单位|主要责任单位|牵头部门|主责单位|牵头科室|牵头处室)$/, { kind: "units", role: "lead" }],
  [/^(配合单位|协同配合单位|协同单位|配合部门|协办单位|参与单位|协助单位|配合科室)$/, { kind: "units", role: "cooperate" }],
  [/^(责任单位|责任部门|责任科室|责任处室|承办单位|实施单位|责任主体|建设单位|实施主体)$/, { kind: "units", role: "responsible" }],
  [/^(完成时限|整改时限|时间节点|完成时间|时限要求|时限|整改期限|完成期限)$/, { kind: "deadline" }],
  [/^(备注|说明)$/, { kind: "note", label: "备注" }],
  [/^(计量单位|指标单位)$/, { kind: "measureUnit" }],
  [/^(指标名称|指标|指标项目|监测指标|指标内容|考核指标名称)$/, { kind: "indicator" }],
  [/^(项目名称|项目)$/, { kind: "project" }],
  [/^(建设内容|建设内容及规模|建设规模及内容|建设规模|主要建设内容)$/, { kind: "content" }],
  [/^(建设年限|建设期限|建设周期|起止年限|建设起止年限|实施年限)$/, { kind: "years" }],
];

/**
 * A column per stage (一季度 … 四季度, 上半年, 3月底前, 2025年, 第一阶段, 准备阶段): the task's milestones. Under a
 * merged 时间节点 / 进度安排 they are its second header row.
 */
const MILESTONE =
  /^(?:\d{4}年度?)?(?:第?[一二三四1-4]季度(?:末|底)?|[上下]半年|\d{1,2}(?:[-—~至]\d{1,2})?月(?:份|底|末|中旬|上旬|下旬)?(?:\d{1,2}日)?(?:前|底前|之前)?)$|^\d{4}年度?(?:底前?|末)?$|^第[一二三四五六七八九十\d]{1,2}阶段$|^(?:准备|启动|部署|实施|推进|攻坚|深化|巩固|提升|总结|验收|自查|整改)\S{0,4}阶段$/;
/**
 * The milestone a header cell names. Asked of a whole row (grid.ts), which
 * takes them only two or more together: one date alone is a data row's deadline.
 */
export function milestoneRole(text: string): ColumnRole | null {
  const label = compactLabel(text);
  return MILESTONE.test(label) ? { kind: "milestone", label } : null;
}

/** 成果形式 / 佐证材料: what the task hands in, kept with it under its heading. */
const EVIDENCE = /^(成果形式|成果体现|佐证材料|证明材料|支撑材料|报送材料|考核方式|验收方式)$/;
/** 联系人 / 联系电话: who to call about the task, kept with it, never among its leaders. */
const CONTACT = /^(联系人|联络人|联系电话|联系方式|经办人)$/;
const PROBLEM_CATEGORY = /^(问题类别|问题类型|问题分类|问题来源)$/;
/** When work starts, or when progress is reported (进展反馈时间：每月25日前): dates, but not the deadline. */
const NOT_DEADLINE =
  /^(计划)?(开始|启动|起始|开工)(时间|日期)$|(反馈|报送|调度|上报)(时间|日期)$|^(交办|批示|来文|收文|登记|签收|下达|印发|发文|立项|受理)(时间|日期)$|^实际/;

/** 事项来源 / 交办依据 / 资金来源: where the task or its money comes from, kept with it as a note (never a second task column). */
const ORIGIN = /(来源|依据|出处)$/;
/** 目标值, 2025年目标, 年度目标值: a figure per row (a prose 目标 / 预期目标 column is the goal). */
const TARGET_VALUE = /^(?:\d{4}年度?)?(?:年度|预期|计划)?目标值?$/;
/** 2024年基数 / 现状值 beside the 目标值: where the task starts from, kept with it as a note. */
const BASELINE = /^(?:\d{4}年度?)?(?:基数|基准值|基期值|基线值|现状值|现状|当前值|实际值|完成值)$/;
/** 3月进展 | 4月进展 | 5月进展 in a 督办台账: each period's progress, kept with the task under its heading. */
const PROGRESS_BY_PERIOD = /^(?:\d{1,2}月份?|第?[一二三四1-4]季度|[上下]半年)(?:工作)?(?:进展|进度|推进|落实)(?:情况)?$/;
/** （1月）, （第一季度）, （上半年） after a column's name: the period it reports on. */
const PERIOD_BRACKET = /[（(](?:\d{1,2}月份?|第?[一二三四1-4]季度|[上下]半年)[)）]$/;
/** 亮灯 (红 / 黄 / 绿) of a 督办台账: kept with the task as a note; the app's own lights are set in 督办. */
const LIGHT = /^(?:亮灯|亮灯情况|灯色|预警|预警等级|红黄绿灯)$/;
/** 计划投资（万元） under a 2025年度计划: this year's share of the 总投资, a note. */
const PLANNED_INVESTMENT = /^(?:\d{4}年度?|年度)?(?:计划投资|投资计划|计划完成投资|年度投资)$/;

/** 万元 in one of an amount's unit (亿元 / 亿, 万元 / 万, 元), or null for no unit it knows. */
export function wanPerUnit(unit: string | undefined): number | null {
  if (unit === "亿元" || unit === "亿") return 10_000;
  if (unit === "万元" || unit === "万") return 1;
  return unit === "元" ? 0.0001 : null;
}

/** 总投资（万元） → the multiplier to 万元 stated in the header, when there is one. */
function investmentRole(label: string): ColumnRole | null {
  const m = /^(总投资|计划总投资|投资额|投资总额|估算投资|总投资额)(?:[（(](万元|亿元|元)[)）])?$/.exec(label);
  if (!m) return null;
  const unitWan = wanPerUnit(m[2]);
  return { kind: "investment", unitWan };
}

/** Header text without spaces, brackets of notes (“（牵头）”) kept for the investment unit only. */
export function compactLabel(text: string): string {
  return text.replace(/\s+/g, "").replace(/[:：]$/, "");
}

/** 进度安排 / 时间节点: the way to the deadline; 完成时限 / 截止时间 (and 计划时间) name the deadline itself. */
const SCHEDULE = /进度|安排|节点/;
const COMPLETION = /时限|期限|完成时间|截止/;

export function columnRole(text: string): ColumnRole | null {
  const role = roleOfLabel(text);
  const bare = compactLabel(text);
  return role?.kind === "deadline" && SCHEDULE.test(bare) && !COMPLETION.test(bare) ? { kind: "deadline", schedule: bare } : role;
}

function roleOfLabel(text: string): ColumnRole | null {
  const label = compactLabel(text);
  // A header names a column; a cell that ends a sentence (落实立德树人根本任务。) is a row's text.
  if (!label || label.length > 16 || /[。；;，,]$/.test(label)) return null;
  const investment = investmentRole(label);
  if (investment) return investment;
  const bare = label.replace(/[（(][^）)]*[)）]$/, "");
  // 责任单位（牵头） / 责任单位（配合）: the bracket says the role.
  const bracket = BRACKET_ROLE.exec(label)?.[1];
  // A 整改清单's 整改状态 / 问题类别: kept with the task under its own heading rather than dropped.
  // 办理进展（1月） | 办理进展（2月）: each month's progress keeps its month, or the latest could not be told.
  if (PERIOD_BRACKET.test(label) && STATUS_COLUMN.test(bare)) return { kind: "note", label };
  if (STATUS_COLUMN.test(bare) || PROBLEM_CATEGORY.test(bare) || LIGHT.test(bare)) return { kind: "note", label: bare };
  // 开始时间 | 完成时间: kept with the task as a note, so the deadline is the 完成时间 whatever the order.
  if (NOT_DEADLINE.test(bare) || EVIDENCE.test(bare) || BASELINE.test(bare) || ORIGIN.test(bare)) return { kind: "note", label: bare };
  if (PLANNED_INVESTMENT.test(bare)) return { kind: "note", label };
  if (PROGRESS_BY_PERIOD.test(bare)) return { kind: "note", label: bare };
  if (TARGET_VALUE.test(bare) && /值|\d{4}年/.test(bare)) return { kind: "target", label: bare };
  if (CONTACT.test(bare)) return /人$/.test(bare) ? { kind: "note", label: bare, people: true } : { kind: "note", label: bare };
  for (const [re, role] of TABLE_LABELS) {
    if (!re.test(bare)) continue;
    if (role.kind === "units" && bracket) return { kind: "units", role: roleOfWord(bracket) };
    return role;
  }
  const def = fieldForLabel(bare);
  if (def?.kind === "leaders") return { kind: "leaders" };
  if (def?.kind === "units") return { kind: "units", role: def.role ?? "responsible" };
  if (def?.kind === "deadline") return { kind: "deadline" };
  if (def?.kind === "measures") return { kind: "measures" };
  // 工作目标 / 预期目标 beside the task: what it is to achieve, as after the prose label.
  if (def?.kind === "goal") return { kind: "goal" };
  if (def?.kind === "problem") return { kind: "problem" };
  return byKeyword(bare, bracket);
}

/**
 * Wordings no list foresaw (主要工作任务, 分管局领导, 责任股室, 完成时间节点,
 * 整改责任人): the column's role from the words it contains. Checked in this
 * order because the words overlap (整改责任单位 is units, 整改措施 measures).
 */
function byKeyword(label: string, bracket: string | undefined): ColumnRole | null {
  // 任务数 / 完成数量 / 项目个数: a count of a summary table (汇总表), never a task's own words.
  if (/(数|数量|个数|总数|合计)$/.test(label)) return null;
  if (/领导|^责任人员?$|^整改责任人$|^包抓人$/.test(label)) return { kind: "leaders" };
  if (/单位|部门|股室|科室|处室|^责任(股|科|室)|^(牵头|配合|协同|协办)(股|科|室)/.test(label)) {
    const said = bracket ?? SAID_ROLE.exec(label)?.[0];
    return { kind: "units", role: said ? roleOfWord(said) : "responsible" };
  }
  // 月份 / 日期 of a 行事历 (9月 | 召开全县教育工作会议): when the row's work is done.
  if (/时限|期限|时间|节点|进度安排|^(月份|日期|时段)$/.test(label)) return { kind: "deadline" };
  if (/措施|举措|要求$|目标$/.test(label) && !/任务/.test(label)) return { kind: "measures" };
  if (/任务|事项|工作内容|工作重点/.test(label)) return { kind: "task" };
  // 具体内容 / 督办内容 / 实施内容: what the task involves.
  if (/内容$/.test(label)) return { kind: "measures" };
  if (/问题/.test(label) && !/类型|类别|分类|来源|性质/.test(label)) return { kind: "problem" };
  return null;
}
