// One synthetic district of the benchmark province, generated in memory as
// COPY rows (pure: no database). Everything is drawn from two streams keyed by
// the province seed and the district's code, one for ids and one for content,
// so a district's rows are the same whatever N is and whichever run makes it.
import type { Comparator, ReportStatus, ReviewState, SlotStatus, TaskStatus, UnitRole } from "@/lib/generated/prisma/enums";
import { suggestDefinition, type CatalogueCandidate } from "@/lib/indicators/suggest-definition";
import { guessUnitKind } from "@/lib/plans/import/classify";
import { periodContaining, type PeriodSpec } from "@/lib/reports/periods";
import { CopyTable, DAY_MS, isoDate, isoTime, type CopyValue } from "./copy";
import { Rng, shortHash } from "./rng";
import { DEPARTMENT_ALIASES, DEPARTMENT_BANK, GIVEN_NAMES, LEADER_TITLES, SCHOOL_BANK, SURNAMES } from "./name-banks";
import { SOURCE_PLACES, type PlanTemplate, type TemplateIndicator, type TemplateTask } from "./templates";

export interface CatalogueEntry extends CatalogueCandidate {
  id: string;
  currentVersion: number;
}

export interface DistrictSpec {
  seed: number;
  code: string;
  /** e.g. 样例区001教育局 */
  name: string;
  /** e.g. 样例区001: replaces the documents' place names */
  area: string;
  /** UTC midnight of the generated "today" (a calendar date in China). */
  today: number;
  /** The reporting window: monthly periods, oldest first. */
  periods: readonly PeriodSpec[];
  templates: readonly PlanTemplate[];
  catalogue: readonly CatalogueEntry[];
  passwordHash: string;
}

/** Knobs that set the province's size: at N = 100 about 20k tasks, 0.5M slots and reports. */
export const SHAPE = {
  plansPerDistrict: [4, 6] as const,
  /** Share of a second document's task groups appended to each plan (plans of ~40 tasks). */
  secondaryShare: 0.85,
  /**
   * Tasks whose document names no unit, and every appended task (a bureau
   * borrowing another's tasks assigns its own departments), get a lead
   * department with this probability. With the documents' own units this
   * gives ~0.7 report slots per task and month.
   */
  assignLeadToUnitless: 0.3,
  /** …and then also a responsible school with this probability. */
  addSchoolToAssigned: 0.1,
  reporters: [5, 10] as const,
  /** Ended periods before the current one whose reports are still moving. */
  recentPeriods: 2,
};

const HOUR = 3_600_000;
const MINUTE = 60_000;
const ACTIVE_AFTER_DAYS = 7;

export const TABLE_COLUMNS = {
  users: ["id", "username", "display_name", "password_hash", "is_active", "is_platform_admin", "session_version", "last_login_at", "created_at", "updated_at"],
  org_units: ["id", "tenant_id", "name", "kind", "created_at"],
  people: ["id", "tenant_id", "name", "title", "user_id", "created_at"],
  memberships: ["id", "tenant_id", "user_id", "role", "org_unit_id", "created_at"],
  plans: [
    "id",
    "tenant_id",
    "title",
    "kind",
    "start_year",
    "end_year",
    "document_number",
    "plan_text",
    "source_text",
    "source_hash",
    "reporting_frequency",
    "created_at",
    "updated_at",
  ],
  sections: ["id", "tenant_id", "plan_id", "parent_id", "position", "title", "created_at"],
  tasks: [
    "id",
    "tenant_id",
    "plan_id",
    "section_id",
    "number",
    "position",
    "title",
    "goal",
    "source_text",
    "source_line",
    "status",
    "progress",
    "due_date",
    "version",
    "created_at",
    "updated_at",
  ],
  measures: ["id", "tenant_id", "task_id", "position", "text"],
  task_leaders: ["tenant_id", "task_id", "person_id"],
  task_units: ["tenant_id", "task_id", "org_unit_id", "role"],
  indicators: [
    "id",
    "tenant_id",
    "plan_id",
    "task_id",
    "origin",
    "position",
    "name",
    "unit",
    "comparator",
    "baseline_value",
    "baseline_year",
    "target_value",
    "target_max",
    "target_year",
    "source_text",
    "tolerance",
    "definition_id",
    "mapping_state",
    "created_at",
  ],
  task_status_events: [
    "id",
    "tenant_id",
    "task_id",
    "actor_user_id",
    "from_status",
    "to_status",
    "from_progress",
    "to_progress",
    "due_date",
    "note",
    "created_at",
  ],
  reporting_periods: ["id", "tenant_id", "plan_id", "label", "starts_on", "ends_on", "due_on", "created_at"],
  report_slots: [
    "id",
    "tenant_id",
    "period_id",
    "task_id",
    "org_unit_id",
    "unit_role",
    "due_on",
    "status",
    "overdue_marked_at",
    "last_urged_at",
    "created_at",
    "updated_at",
  ],
  reports: [
    "id",
    "tenant_id",
    "slot_id",
    "status",
    "summary",
    "progress",
    "problems",
    "next_steps",
    "version",
    "author_user_id",
    "submitted_at",
    "reviewed_at",
    "reviewer_user_id",
    "review_comment",
    "submit_key",
    "created_at",
    "updated_at",
  ],
  report_events: ["id", "tenant_id", "report_id", "actor_user_id", "action", "from_status", "to_status", "comment", "created_at"],
  indicator_actuals: [
    "id",
    "tenant_id",
    "indicator_id",
    "report_id",
    "period_id",
    "as_of",
    "value",
    "review_state",
    "definition_version",
    "entered_by_id",
    "created_at",
  ],
  audit_events: ["id", "tenant_id", "actor_user_id", "action", "entity_type", "entity_id", "before", "after", "created_at"],
} as const;

export type TableName = keyof typeof TABLE_COLUMNS;

/** Parents before children: the order the tables are copied in. */
export const COPY_ORDER = Object.keys(TABLE_COLUMNS) as TableName[];

export const PROVINCE_ACTION = "bench.province";

export interface DistrictRows {
  tenantId: string;
  tables: Record<TableName, CopyTable>;
}

export function emptyTables(): Record<TableName, CopyTable> {
  return Object.fromEntries(COPY_ORDER.map((t) => [t, new CopyTable(t, TABLE_COLUMNS[t])])) as Record<TableName, CopyTable>;
}

// ---------------------------------------------------------------------------
// Text banks (synthetic report text).

const ACTIVITY_PHRASES = [
  "已召开专题部署会，明确任务分工和时间节点",
  "完成阶段性督导检查，形成问题清单并督促整改",
  "组织相关学校开展专项培训，参训教师百余人次",
  "制定工作方案并印发至各学校（园）",
  "开展实地调研，梳理汇总意见建议",
  "按月调度推进情况，更新工作台账",
  "完成阶段性目标任务自查评估",
  "联合相关部门召开协调会，解决重点难点问题",
  "开展典型经验交流，推广优秀做法",
  "完成项目申报材料的审核和报送",
  "组织开展专项检查，覆盖辖区中小学校",
  "完成相关数据统计和信息报送",
] as const;
const DRAFT_PHRASES = ["正在汇总本期工作材料", "已完成部分工作，材料整理中", "正在收集各学校报送数据"] as const;
const COMPLETED_PHRASES = ["任务目标已全面完成，转入常态化管理", "各项目标均已达成，已形成总结报告", "任务已办结，持续巩固工作成效"] as const;
const PROBLEM_PHRASES = [
  "部分学校推进进度不均衡。",
  "专项经费到位较慢，影响项目进度。",
  "专业师资力量不足。",
  "部分数据统计口径需进一步统一。",
  "基层学校材料报送不够及时。",
] as const;
const NEXT_STEP_PHRASES = [
  "下一阶段将加大督导力度，确保按期完成。",
  "持续跟踪项目进度，每月调度一次。",
  "组织开展经验总结和成果推广。",
  "协调落实经费保障。",
  "完善考核评价机制，压实工作责任。",
] as const;
const RETURN_COMMENTS = [
  "佐证材料不全，请补充会议纪要或照片",
  "进度数据与工作台账不一致，请核实后重新提交",
  "请补充具体的量化数据",
  "问题分析不够具体，请补充整改措施",
] as const;
const APPROVE_COMMENTS = [null, null, null, "同意", "材料齐全，审核通过"] as const;
const NOTE_START = "任务已启动，完成分工部署";
const NOTE_UPDATE = "根据月度调度情况更新进度";
const NOTE_COMPLETED = "任务目标已完成，经核验同意办结";
const NOTE_DELAYED = "受经费和工期影响进度滞后，已调整计划完成时间";
const NOTE_PAUSED = "因上级政策调整暂缓实施";

// ---------------------------------------------------------------------------

type Outcome = "completed" | "delayed" | "paused" | "in_progress";
type Fate = "open" | "draft" | "submitted" | "returned" | "resubmitted" | "approved" | "approvedAfterReturn";
type Phase = "old" | "recent" | "current";

const FATE_TABLES: Record<"old" | "recentDue" | "recent" | "current", [Fate, number][]> = {
  old: [
    ["open", 0.015],
    ["returned", 0.005],
    ["submitted", 0.01],
    ["approvedAfterReturn", 0.08],
    ["approved", 1],
  ],
  recentDue: [
    ["open", 0.06],
    ["draft", 0.04],
    ["returned", 0.06],
    ["submitted", 0.2],
    ["resubmitted", 0.04],
    ["approvedAfterReturn", 0.06],
    ["approved", 1],
  ],
  recent: [
    ["open", 0.2],
    ["draft", 0.15],
    ["submitted", 0.35],
    ["approved", 1],
  ],
  current: [
    ["open", 0.45],
    ["draft", 0.2],
    ["submitted", 0.25],
    ["approved", 1],
  ],
};

function pickFate(rng: Rng, phase: Phase, duePassed: boolean): Fate {
  const table = FATE_TABLES[phase === "old" ? "old" : phase === "recent" ? (duePassed ? "recentDue" : "recent") : "current"];
  let r = rng.float();
  for (const [fate, p] of table) {
    if (r < p) return fate;
    r -= p;
  }
  return "approved";
}

type Step = { action: string; from: ReportStatus | null; to: ReportStatus };
const CREATE: Step = { action: "create", from: null, to: "draft" };
const SUBMIT: Step = { action: "submit", from: "draft", to: "submitted" };
const RETURN: Step = { action: "return", from: "submitted", to: "returned" };
const RESUBMIT: Step = { action: "resubmit", from: "returned", to: "submitted" };
const APPROVE: Step = { action: "approve", from: "submitted", to: "approved" };

const FATE_STEPS: Record<Exclude<Fate, "open">, Step[]> = {
  draft: [CREATE],
  submitted: [CREATE, SUBMIT],
  returned: [CREATE, SUBMIT, RETURN],
  resubmitted: [CREATE, SUBMIT, RETURN, RESUBMIT],
  approved: [CREATE, SUBMIT, APPROVE],
  approvedAfterReturn: [CREATE, SUBMIT, RETURN, RESUBMIT, APPROVE],
};
// As the app's write paths leave them: create 1, submit +1, review +1, resubmit +2.
const FATE_VERSION: Record<Exclude<Fate, "open">, number> = { draft: 1, submitted: 2, returned: 3, resubmitted: 5, approved: 3, approvedAfterReturn: 6 };
const SLOT_STATUS: Record<Fate, SlotStatus> = {
  open: "open",
  draft: "draft",
  submitted: "submitted",
  returned: "returned",
  resubmitted: "submitted",
  approved: "approved",
  approvedAfterReturn: "approved",
};
const REVIEW_STATE: Record<ReportStatus, ReviewState> = { draft: "pending", submitted: "pending", returned: "returned", approved: "approved" };
// create → submit (0–2 days), → review (1–5), → resubmit (1–4), → review (1–4)
const GAPS: [number, number][] = [
  [0, 2],
  [1, 5],
  [1, 4],
  [1, 4],
];

function officeTime(rng: Rng, dayMs: number): number {
  return dayMs + HOUR + Math.floor(rng.float() * 8.5 * HOUR);
}

/** Event times from `firstDay` with the step gaps, strictly increasing, all in [floor, cap). */
function eventTimes(rng: Rng, firstDay: number, steps: number, floor: number, cap: number): number[] {
  const times: number[] = [];
  let day = firstDay;
  for (let i = 0; i < steps; i++) {
    if (i > 0) day += rng.int(GAPS[i - 1]![0], GAPS[i - 1]![1]) * DAY_MS;
    let t = officeTime(rng, day);
    const prev = times[times.length - 1];
    if (prev !== undefined && t <= prev) t = prev + 10 * MINUTE + Math.floor(rng.float() * 80 * MINUTE);
    times.push(t);
  }
  const last = times[times.length - 1]!;
  if (last >= cap) {
    const shift = Math.max(0, Math.min(last - cap + HOUR, times[0]! - floor));
    for (let i = 0; i < times.length; i++) times[i]! -= shift;
  }
  if (times[times.length - 1]! >= cap) {
    const span = Math.max(cap - floor - HOUR, times.length * MINUTE);
    for (let i = 0; i < times.length; i++) times[i] = floor + Math.floor((span * (i + 1)) / (times.length + 1));
  }
  return times;
}

interface Curve {
  progress: number[];
  status: TaskStatus[];
}

const roundTo5 = (n: number) => Math.max(5, Math.min(100, Math.round(n / 5) * 5));

/** Status and progress of a task at the end of each of `n` months. */
function taskCurve(rng: Rng, outcome: Outcome, n: number): Curve {
  const start = rng.int(1, 3) * 5;
  const progress: number[] = [];
  const status: TaskStatus[] = [];
  const lerp = (a: number, b: number, f: number) => a + (b - a) * f;
  const at = (lo: number, hi: number) => Math.min(n - 1, Math.max(0, Math.round(lerp(0, n - 1, rng.between(lo, hi)))));
  if (outcome === "completed") {
    const done = at(0.35, 0.95);
    for (let k = 0; k < n; k++) {
      progress.push(k >= done ? 100 : roundTo5(lerp(start, 90, done === 0 ? 1 : k / done) + rng.int(-1, 1) * 5));
      status.push(k >= done ? "completed" : "in_progress");
    }
  } else if (outcome === "delayed" || outcome === "paused") {
    const stalledAt = outcome === "delayed" ? at(0.6, 0.97) : at(0.4, 0.9);
    const stall = rng.int(4, 11) * 5;
    for (let k = 0; k < n; k++) {
      progress.push(roundTo5(k < stalledAt ? lerp(start, stall, stalledAt === 0 ? 1 : k / stalledAt) : stall));
      status.push(k >= stalledAt ? outcome : "in_progress");
    }
  } else {
    const end = rng.int(8, 19) * 5;
    for (let k = 0; k < n; k++) {
      progress.push(roundTo5(lerp(start, end, n === 1 ? 1 : k / (n - 1)) + rng.int(-1, 1) * 5));
      status.push("in_progress");
    }
  }
  for (let k = 1; k < n; k++) progress[k] = Math.max(progress[k]!, progress[k - 1]!);
  for (let k = 0; k < n; k++) if (status[k] !== "completed") progress[k] = Math.min(progress[k]!, 95);
  return { progress, status };
}

const INTEGER_UNITS = new Set(["所", "个", "名", "节", "堂", "次", "项", "课时", "学时", "人", "家", "间次"]);
const CUMULATIVE_UNITS = new Set([...INTEGER_UNITS, "亿元", "万元"]);
const PACES = [1.25, 1.1, 1, 1, 0.9, 0.75, 0.55] as const;

interface IndicatorPlan {
  id: string;
  taskId: string | null;
  unit: string | null;
  comparator: Comparator;
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetMax: number | null;
  targetYear: number | null;
  definitionVersion: number | null;
}

/** Values from a start toward the target along the plan's years, at the indicator's own pace, with noise. */
function indicatorModel(ind: IndicatorPlan, plan: { startYear: number; endYear: number }, rng: Rng) {
  const unit = ind.unit ?? "";
  const target = ind.comparator === "range" && ind.targetMax !== null ? ind.targetMax : ind.targetValue!;
  const cumulative = CUMULATIVE_UNITS.has(unit);
  let start = ind.baselineValue;
  if (start === null) {
    if (ind.comparator === "change" || cumulative) start = 0;
    else if (ind.comparator === "lte") start = target * 1.2;
    else start = target * rng.between(0.82, 0.92);
  }
  const from = ind.baselineValue !== null && ind.baselineYear ? Date.UTC(ind.baselineYear, 11, 31) : Date.UTC(plan.startYear, 0, 1);
  const to = Date.UTC(ind.targetYear ?? plan.endYear, 11, 31);
  const pace = rng.pick(PACES);
  const integer = INTEGER_UNITS.has(unit) && Number.isInteger(target);
  const capAt100 = unit === "%" && target <= 100 && start <= 100;
  let previous: number | null = null;
  return (asOf: number, noise: Rng): number => {
    const f = Math.max(0, Math.min(1, (asOf - from) / Math.max(DAY_MS, to - from)));
    let value: number;
    if (target === start) value = target - Math.abs(target) * noise.float() * 0.004;
    else value = start! + (target - start!) * Math.min(f * pace, 1.06) + Math.abs(target - start!) * (noise.float() - 0.5) * 0.06;
    if (capAt100) value = Math.min(value, 100);
    if (ind.comparator !== "change") value = Math.max(0, value);
    value = integer ? Math.round(value) : Math.round(value * 100) / 100;
    if (cumulative && previous !== null) value = Math.max(value, previous);
    previous = value;
    return value;
  };
}

// ---------------------------------------------------------------------------

interface Unit {
  id: string;
  name: string;
  kind: string;
  /** Tasks reporting through this unit (lead or responsible), to pick reporters. */
  slotTasks: number;
}

interface TaskPlan {
  id: string;
  createdAt: number;
  /** The task row up to source_line; status, progress and history follow from the activity. */
  row: CopyValue[];
  /** Units with a report slot each period: lead first, one slot per unit. */
  slotUnits: { unit: Unit; role: UnitRole }[];
}

interface PlanPlan {
  id: string;
  title: string;
  startYear: number;
  endYear: number;
  createdAt: number;
  tasks: TaskPlan[];
  indicators: IndicatorPlan[];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Generates one district: tenant-owned rows plus its users (global table). */
export function generateDistrict(spec: DistrictSpec): DistrictRows {
  const ids = new Rng(spec.seed, "ids", spec.code);
  const rng = new Rng(spec.seed, "content", spec.code);
  const tenantId = ids.uuid();
  const t = emptyTables();
  const { area, periods } = spec;
  const windowStart = periods[0]!.startsOn.getTime();
  // The bureau was set up some weeks before reporting began.
  const setupAt = windowStart - rng.int(30, 60) * DAY_MS + 2 * HOUR;
  let tick = 0;
  const setupTime = () => setupAt + tick++ * 7_000;

  const placePattern = new RegExp(SOURCE_PLACES.join("|"), "g");
  const localise = (text: string) => text.replace(placePattern, area).replace(/全县/g, "全区").replace(/我县/g, "我区");

  // --- leaders ----------------------------------------------------------------
  const leaderNames: string[] = [];
  const leaderCount = rng.int(4, 6);
  while (leaderNames.length < leaderCount) {
    const name = rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES);
    if (!leaderNames.includes(name)) leaderNames.push(name);
  }
  const leaders = leaderNames.map((name, i) => ({ id: ids.uuid(), name, title: LEADER_TITLES[i % LEADER_TITLES.length]!, tasks: 0 }));

  // --- units ------------------------------------------------------------------
  const units = new Map<string, Unit>();
  const unitNamed = (name: string): Unit => {
    let unit = units.get(name);
    if (!unit) {
      unit = { id: ids.uuid(), name, kind: guessUnitKind(name), slotTasks: 0 };
      units.set(name, unit);
    }
    return unit;
  };
  const departments = rng
    .shuffle(DEPARTMENT_BANK)
    .slice(0, rng.int(8, 12))
    .map((n) => unitNamed(n));
  const schoolNames = rng.shuffle(SCHOOL_BANK);
  const schools = schoolNames.slice(0, rng.int(4, 8)).map((n) => unitNamed(area + n));
  let nextSchool = schools.length;
  const docUnitNames = new Map<string, string>();
  const docUnit = (original: string): Unit => {
    let name = docUnitNames.get(original);
    if (name === undefined) {
      const kind = guessUnitKind(original);
      if (kind === "school" || kind === "kindergarten") {
        name = area + (schoolNames[nextSchool++ % schoolNames.length] ?? "学校");
        if (nextSchool > schoolNames.length) name += nextSchool;
      } else {
        name = localise(original).replace(/县/g, "区");
        const alias = DEPARTMENT_ALIASES[name];
        if (alias && rng.chance(0.5)) name = alias;
      }
      docUnitNames.set(original, name);
    }
    return unitNamed(name);
  };

  // --- plans, sections, tasks, measures, indicators -----------------------------
  const startYear = periods[0]!.startsOn.getUTCFullYear();
  const lastYear = periods[periods.length - 1]!.startsOn.getUTCFullYear();
  const planCount = rng.int(SHAPE.plansPerDistrict[0], SHAPE.plansPerDistrict[1]);
  const order = rng.shuffle(spec.templates.map((_, i) => i));
  const plans: PlanPlan[] = [];
  for (let p = 0; p < planCount; p++) {
    const primary = spec.templates[order[p % order.length]!]!;
    const secondary = spec.templates[order[(p + 1 + rng.int(0, order.length - 2)) % order.length]!]!;
    const multiYear = primary.kind === "five_year" || primary.kind === "action_plan";
    const endYear = multiYear ? lastYear + rng.int(0, 1) : lastYear;
    const years = `${startYear}—${endYear}年`;
    let title = localise(primary.title);
    const yearPattern = /“?十[一二三四五六七八九]五”?|\d{4}(?:[—-]\d{4})?年/;
    title = yearPattern.test(title) ? title.replace(yearPattern, years) : `${title}（${years}）`;
    if (p >= order.length) title += "（第二轮）";
    const planId = ids.uuid();
    const createdAt = setupAt + rng.int(3, 25) * DAY_MS + rng.int(1, 8) * HOUR;
    const plan: PlanPlan = { id: planId, title, startYear, endYear, createdAt, tasks: [], indicators: [] };
    plans.push(plan);
    const issueMonth = rng.int(1, 11);
    t.plans.add([
      planId,
      tenantId,
      title,
      primary.kind,
      startYear,
      endYear,
      primary.documentNumber ? `样${spec.code.slice(-3)}教发〔${startYear}〕${rng.int(1, 60)}号` : null,
      JSON.stringify({
        preamble: localise(primary.preamble),
        issuer: spec.name,
        issueDate: `${startYear - 1}-${String(issueMonth).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`,
        blocks: primary.planText.map((b) => ({ ...b, text: localise(b.text) })),
        warnings: [],
      }),
      null,
      null,
      "monthly",
      isoTime(createdAt),
      isoTime(createdAt),
    ]);

    let sectionPosition = 0;
    let taskPosition = 0;
    let indicatorPosition = 0;
    const addSection = (title: string, parentId: string | null) => {
      const id = ids.uuid();
      t.sections.add([id, tenantId, planId, parentId, sectionPosition++, localise(title), isoTime(createdAt)]);
      return id;
    };
    const addIndicator = (ind: TemplateIndicator, taskId: string | null, yearShift: number) => {
      const id = ids.uuid();
      const name = localise(ind.name);
      const suggestion = suggestDefinition({ name, unit: ind.unit }, spec.catalogue);
      const definition = suggestion ? spec.catalogue.find((c) => c.code === suggestion.code)! : null;
      const shift = (y: number | null) => (y === null ? null : y + yearShift);
      const row: IndicatorPlan = {
        id,
        taskId,
        unit: ind.unit,
        comparator: ind.comparator,
        baselineValue: ind.baselineValue,
        baselineYear: shift(ind.baselineYear),
        targetValue: ind.targetValue,
        targetMax: ind.targetMax,
        targetYear: shift(ind.targetYear),
        definitionVersion: definition ? definition.currentVersion : null,
      };
      plan.indicators.push(row);
      t.indicators.add([
        id,
        tenantId,
        planId,
        taskId,
        ind.origin,
        indicatorPosition++,
        name,
        ind.unit,
        ind.comparator,
        ind.baselineValue,
        row.baselineYear,
        ind.targetValue,
        ind.targetMax,
        row.targetYear,
        localise(ind.sourceText),
        null,
        definition?.id ?? null,
        definition ? "confirmed" : "unmapped",
        isoTime(createdAt),
      ]);
    };
    type Leader = (typeof leaders)[number];
    type Scope = { leader: Leader; department: Unit };
    type Source = { doc: PlanTemplate; yearShift: number; ownUnits: boolean };
    const newScope = (): Scope => ({ leader: rng.pick(leaders), department: rng.pick(departments) });
    const addTask = (task: TemplateTask, sectionId: string, number: number, scope: Scope, source: Source) => {
      const id = ids.uuid();
      const plannedUnits: { unit: Unit; role: UnitRole }[] = [];
      if (source.ownUnits && task.units.length) {
        for (const u of task.units) plannedUnits.push({ unit: docUnit(u.name), role: u.role });
      } else if (rng.chance(SHAPE.assignLeadToUnitless)) {
        plannedUnits.push({ unit: rng.chance(0.7) ? scope.department : rng.pick(departments), role: "lead" });
        if (rng.chance(SHAPE.addSchoolToAssigned)) plannedUnits.push({ unit: rng.pick(schools), role: "responsible" });
      }
      const seenLinks = new Set<string>();
      const slotUnits: TaskPlan["slotUnits"] = [];
      for (const role of ["lead", "cooperate", "responsible"] as const) {
        for (const u of plannedUnits) {
          if (u.role !== role || seenLinks.has(`${u.unit.id}|${role}`)) continue;
          seenLinks.add(`${u.unit.id}|${role}`);
          t.task_units.add([tenantId, id, u.unit.id, role]);
          // One slot per unit and period; a unit both lead and responsible reports as lead.
          if (role !== "cooperate" && !slotUnits.some((s) => s.unit === u.unit)) slotUnits.push({ unit: u.unit, role });
        }
      }
      for (const s of slotUnits) s.unit.slotTasks++;
      // The document's leaders map onto the district's in order of first appearance; tasks without take their section's.
      const taskLeaders = task.leaders.length
        ? [...new Set(task.leaders.map((name) => leaders[Math.max(0, source.doc.leaders.indexOf(name)) % leaders.length]!))]
        : [scope.leader];
      for (const leader of taskLeaders) {
        leader.tasks++;
        t.task_leaders.add([tenantId, id, leader.id]);
      }
      task.measures.forEach((text, position) => t.measures.add([ids.uuid(), tenantId, id, position, localise(text)]));
      plan.tasks.push({
        id,
        createdAt,
        slotUnits,
        row: [
          id,
          tenantId,
          planId,
          sectionId,
          number,
          taskPosition++,
          localise(task.title),
          task.goal === null ? null : localise(task.goal),
          localise(task.sourceText),
          task.line,
        ],
      });
      for (const target of task.targets) addIndicator(target, id, source.yearShift);
    };

    // Primary document: every section and task in its own order.
    const primarySource: Source = { doc: primary, yearShift: startYear - primary.startYear, ownUnits: true };
    const sectionIds: string[] = [];
    let scope = newScope();
    let maxNumber = 0;
    for (const section of primary.sections) {
      if (section.parent === null) scope = newScope();
      const id = addSection(section.title, section.parent === null ? null : sectionIds[section.parent]!);
      sectionIds.push(id);
      for (const task of section.tasks) {
        addTask(task, id, task.number, scope, primarySource);
        maxNumber = Math.max(maxNumber, task.number);
      }
    }
    // A share of a second document's task groups, appended as further top-level sections.
    const secondarySource: Source = { doc: secondary, yearShift: startYear - secondary.startYear, ownUnits: false };
    const groups = secondary.sections.filter((s) => s.tasks.length > 0);
    let chosen = groups.filter(() => rng.chance(SHAPE.secondaryShare));
    if (chosen.length === 0 && groups.length) chosen = [rng.pick(groups)];
    for (const group of chosen) {
      scope = newScope();
      const id = addSection(group.title, null);
      for (const task of group.tasks) addTask(task, id, ++maxNumber, scope, secondarySource);
    }
    for (const ind of primary.indicators) addIndicator(ind, null, primarySource.yearShift);
  }

  // --- accounts ---------------------------------------------------------------
  const userRow = (username: string, displayName: string, at: number) => {
    const id = ids.uuid();
    t.users.add([id, username, displayName, spec.passwordHash, true, false, 1, null, isoTime(at), isoTime(at)]);
    return id;
  };
  const membership = (userId: string, role: string, orgUnitId: string | null, at: number) =>
    t.memberships.add([ids.uuid(), tenantId, userId, role, orgUnitId, isoTime(at)]);
  const adminAt = setupTime();
  const adminId = userRow(`${spec.code}.admin`, `${spec.name}管理员`, adminAt);
  membership(adminId, "bureau_admin", null, adminAt);
  const staffAt = setupTime();
  const staffId = userRow(`${spec.code}.staff`, `${spec.name}工作人员`, staffAt);
  membership(staffId, "bureau_staff", null, staffAt);
  const leaderAt = setupTime();
  const leaderUserId = userRow(`${spec.code}.leader`, `${spec.name}分管领导`, leaderAt);
  membership(leaderUserId, "leader", null, leaderAt);
  const busiestLeader = [...leaders].sort((a, b) => b.tasks - a.tasks || byCodePoint(a.name, b.name))[0]!;
  const reporterUnits = [...units.values()]
    .filter((u) => u.kind !== "group")
    .sort((a, b) => b.slotTasks - a.slotTasks || byCodePoint(a.name, b.name))
    .slice(0, rng.int(SHAPE.reporters[0], SHAPE.reporters[1]));
  const reporterByUnit = new Map<string, string>();
  reporterUnits.forEach((unit, i) => {
    const at = setupTime();
    const id = userRow(`${spec.code}.reporter${String(i + 1).padStart(2, "0")}`, `${unit.name}填报员`, at);
    membership(id, "unit_reporter", unit.id, at);
    reporterByUnit.set(unit.id, id);
  });

  const unitAt = setupTime();
  for (const unit of units.values()) t.org_units.add([unit.id, tenantId, unit.name, unit.kind, isoTime(unitAt)]);
  for (const l of leaders) t.people.add([l.id, tenantId, l.name, l.title, l === busiestLeader ? leaderUserId : null, isoTime(unitAt)]);

  // --- activity ---------------------------------------------------------------
  const cap = spec.today; // nothing happens on or after the start of "today"
  const active = periods.filter((p) => cap - p.startsOn.getTime() >= ACTIVE_AFTER_DAYS * DAY_MS);
  const ended = active.filter((p) => p.endsOn.getTime() < cap);
  const recent = new Set(ended.slice(-SHAPE.recentPeriods));
  const phaseOf = (p: PeriodSpec): Phase => (p.endsOn.getTime() >= cap ? "current" : recent.has(p) ? "recent" : "old");
  const spanEnd = (p: PeriodSpec) => Math.min(p.endsOn.getTime() + DAY_MS, cap);
  const current = periodContaining("monthly", new Date(cap));
  const after = periodContaining("monthly", new Date(current.endsOn.getTime() + DAY_MS));

  for (const plan of plans) {
    const periodIds = periods.map((period) => {
      const id = ids.uuid();
      // Opened by the open-periods job at 00:10 China time on the first day.
      const openedAt = period.startsOn.getTime() - 8 * HOUR + 10 * MINUTE;
      t.reporting_periods.add([
        id,
        tenantId,
        plan.id,
        period.label,
        isoDate(period.startsOn.getTime()),
        isoDate(period.endsOn.getTime()),
        isoDate(period.dueOn.getTime()),
        isoTime(openedAt),
      ]);
      return id;
    });

    // Task histories.
    const shuffled = rng.shuffle(plan.tasks);
    const nCompleted = Math.round(shuffled.length * 0.3);
    const nDelayed = Math.round(shuffled.length * 0.1);
    const nPaused = Math.round(shuffled.length * 0.03);
    const outcomes = new Map<TaskPlan, Outcome>(
      shuffled.map((task, i) => [
        task,
        i < nCompleted ? "completed" : i < nCompleted + nDelayed ? "delayed" : i < nCompleted + nDelayed + nPaused ? "paused" : "in_progress",
      ]),
    );
    const curves = new Map<TaskPlan, Curve>();
    for (const task of plan.tasks) {
      const curve = taskCurve(rng, outcomes.get(task)!, active.length);
      curves.set(task, curve);
      let status: TaskStatus = "not_started";
      let progress = 0;
      let dueDate: string | null = null;
      let version = 1;
      let updatedAt = task.createdAt;
      const push = (to: TaskStatus, toProgress: number, when: number, note: string, due: string | null = null) => {
        t.task_status_events.add([ids.uuid(), tenantId, task.id, staffId, status, to, progress, toProgress, due, note, isoTime(when)]);
        status = to;
        progress = toProgress;
        version++;
        updatedAt = when;
      };
      active.forEach((period, k) => {
        const s = period.startsOn.getTime();
        const span = spanEnd(period) - s;
        const at = (lo: number, hi: number) => officeTime(rng, s + Math.floor((span * rng.between(lo, hi)) / DAY_MS) * DAY_MS);
        if (k === 0) push("in_progress", Math.min(curve.progress[0]!, 15), at(0.05, 0.3), NOTE_START);
        const target = curve.status[k]!;
        if (target !== status) {
          if (target === "delayed") dueDate = isoDate(after.endsOn.getTime());
          const note = target === "completed" ? NOTE_COMPLETED : target === "delayed" ? NOTE_DELAYED : target === "paused" ? NOTE_PAUSED : NOTE_UPDATE;
          push(target, curve.progress[k]!, at(0.55, 0.95), note, target === "delayed" ? dueDate : null);
        } else if (curve.progress[k]! > progress && (k === active.length - 1 || (k % 3 === 2 && rng.chance(0.8)))) {
          // Staff update progress at quarter ends (and in the latest month).
          push(status, curve.progress[k]!, at(0.55, 0.95), NOTE_UPDATE);
        }
      });
      t.tasks.add([...task.row, status, progress, dueDate, version, isoTime(task.createdAt), isoTime(updatedAt)]);
    }

    // Slots and reports.
    interface Carrier {
      reportId: string;
      status: ReportStatus;
      author: string;
      createdAt: number;
    }
    const carriers = new Map<string, Carrier>(); // `${taskId}|${periodIndex}` → the report carrying the task's actuals
    periods.forEach((period, pi) => {
      const k = active.indexOf(period);
      const phase = phaseOf(period);
      const duePassed = period.dueOn.getTime() < cap;
      const s = period.startsOn.getTime();
      const openedAt = s - 8 * HOUR + 10 * MINUTE;
      for (const task of plan.tasks) {
        const curve = curves.get(task)!;
        for (const { unit, role } of task.slotUnits) {
          const slotId = ids.uuid();
          const fate: Fate = k < 0 ? "open" : pickFate(rng, phase, duePassed);
          const slotStatus = SLOT_STATUS[fate];
          const overdueAt =
            (slotStatus === "open" || slotStatus === "draft" || slotStatus === "returned") && duePassed
              ? period.dueOn.getTime() + 16 * HOUR + 15 * MINUTE
              : null;
          if (fate === "open") {
            t.report_slots.add([
              slotId,
              tenantId,
              periodIds[pi]!,
              task.id,
              unit.id,
              role,
              isoDate(period.dueOn.getTime()),
              "open",
              overdueAt === null ? null : isoTime(overdueAt),
              null,
              isoTime(openedAt),
              isoTime(overdueAt ?? openedAt),
            ]);
            continue;
          }
          const steps = FATE_STEPS[fate];
          const firstDay =
            phase === "current" ? s + Math.floor(((cap - s) * rng.between(0.3, 0.7)) / DAY_MS) * DAY_MS : period.endsOn.getTime() - rng.int(2, 12) * DAY_MS;
          const times = eventTimes(rng, firstDay, steps.length, s + DAY_MS, cap);
          const author = reporterByUnit.get(unit.id) ?? staffId;
          const reportId = ids.uuid();
          const done = curve.status[k] === "completed";
          const delayed = curve.status[k] === "delayed" || curve.status[k] === "paused";
          const progress = role === "lead" ? curve.progress[k]! : Math.max(5, curve.progress[k]! - rng.int(0, 2) * 5);
          const returnComment = rng.pick(RETURN_COMMENTS);
          const approveComment = rng.pick(APPROVE_COMMENTS);
          let lastSubmit: number | null = null;
          let lastReview: { at: number; comment: string | null } | null = null;
          steps.forEach((step, i) => {
            const review = step === RETURN || step === APPROVE;
            const comment = step === RETURN ? returnComment : step === APPROVE ? approveComment : null;
            if (step === SUBMIT || step === RESUBMIT) lastSubmit = times[i]!;
            if (review) lastReview = { at: times[i]!, comment };
            t.report_events.add([ids.uuid(), tenantId, reportId, review ? staffId : author, step.action, step.from, step.to, comment, isoTime(times[i]!)]);
          });
          const status = steps[steps.length - 1]!.to;
          const summary =
            fate === "draft"
              ? `${rng.pick(DRAFT_PHRASES)}。`
              : done
                ? `${rng.pick(COMPLETED_PHRASES)}。`
                : `${rng.shuffle(ACTIVITY_PHRASES).slice(0, rng.int(1, 2)).join("；")}。`;
          const review = lastReview as { at: number; comment: string | null } | null;
          const submittedAt = lastSubmit as number | null;
          t.reports.add([
            reportId,
            tenantId,
            slotId,
            status,
            summary,
            progress,
            delayed || (!done && rng.chance(0.45)) ? rng.pick(PROBLEM_PHRASES) : "",
            done ? "巩固工作成果，做好总结归档。" : rng.pick(NEXT_STEP_PHRASES),
            FATE_VERSION[fate],
            author,
            submittedAt === null ? null : isoTime(submittedAt),
            review ? isoTime(review.at) : null,
            review ? staffId : null,
            review ? review.comment : null,
            submittedAt === null ? null : `bench-${spec.seed}-${shortHash(reportId)}`,
            isoTime(times[0]!),
            isoTime(times[times.length - 1]!),
          ]);
          t.report_slots.add([
            slotId,
            tenantId,
            periodIds[pi]!,
            task.id,
            unit.id,
            role,
            isoDate(period.dueOn.getTime()),
            slotStatus,
            overdueAt === null ? null : isoTime(overdueAt),
            null,
            isoTime(openedAt),
            isoTime(Math.max(times[times.length - 1]!, overdueAt ?? 0)),
          ]);
          const key = `${task.id}|${pi}`;
          if (!carriers.has(key)) carriers.set(key, { reportId, status, author, createdAt: times[0]! });
        }
      }
    });

    // Indicator actuals: at quarter ends, on the task's carrying report, or
    // entered (approved) by the bureau when no unit reports on the indicator.
    const tasksWithSlots = new Set(plan.tasks.filter((task) => task.slotUnits.length > 0).map((task) => task.id));
    for (const ind of plan.indicators) {
      if (ind.targetValue === null) continue;
      const valueAt = indicatorModel(ind, plan, rng);
      periods.forEach((period, pi) => {
        if (period.endsOn.getUTCMonth() % 3 !== 2 || active.indexOf(period) < 0) return;
        const asOf = period.endsOn.getTime();
        const value = valueAt(asOf, rng);
        if (ind.taskId && tasksWithSlots.has(ind.taskId)) {
          const carrier = carriers.get(`${ind.taskId}|${pi}`);
          if (!carrier) return;
          t.indicator_actuals.add([
            ids.uuid(),
            tenantId,
            ind.id,
            carrier.reportId,
            periodIds[pi]!,
            isoDate(asOf),
            value,
            REVIEW_STATE[carrier.status],
            ind.definitionVersion,
            carrier.author,
            isoTime(carrier.createdAt),
          ]);
        } else {
          if (asOf >= cap) return;
          const [at] = eventTimes(rng, asOf + rng.int(3, 15) * DAY_MS, 1, asOf + DAY_MS, cap);
          t.indicator_actuals.add([
            ids.uuid(),
            tenantId,
            ind.id,
            null,
            periodIds[pi]!,
            isoDate(asOf),
            value,
            "approved",
            ind.definitionVersion,
            staffId,
            isoTime(at!),
          ]);
        }
      });
    }
  }

  t.audit_events.add([
    ids.uuid(),
    tenantId,
    null,
    PROVINCE_ACTION,
    "tenant",
    tenantId,
    null,
    JSON.stringify({
      seed: spec.seed,
      today: isoDate(spec.today),
      note: "基准测试数据：由固定随机种子生成的样例省份（bench/seed）",
      counts: Object.fromEntries(COPY_ORDER.map((name) => [name, t[name].size])),
    }),
    isoTime(spec.today - 8 * HOUR),
  ]);
  return { tenantId, tables: t };
}
