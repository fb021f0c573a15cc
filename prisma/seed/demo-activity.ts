// Demo activity: about two years of reporting history per demo bureau, so
// every screen that shows progress, reports or actuals has something to show.
//
// Everything here is DEMO DATA. It is generated from a fixed seed (no
// Math.random): the same database content and the same `today` give the same
// rows. Report summaries and task-status notes start with DEMO_PREFIX, and each
// tenant gets an audit event with action DEMO_ACTIVITY_ACTION recording the
// seed. A tenant that already has that event, or any reporting period, is left
// alone, so running this again (or on a database people have used) adds nothing.
//
// Rows are written directly (createMany) inside one tenant-scoped transaction
// per tenant, so row-level security applies exactly as for the app; periods and
// slots are opened through the app's own openReportingPeriod.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ReportFrequency, ReportStatus, ReviewState, SlotStatus, TaskStatus, UnitRole } from "@/lib/generated/prisma/enums";
import { openTenantTransaction, type Tx } from "@/lib/db/tenant-scope";
import { openReportingPeriod } from "@/lib/reports/open-period";
import { periodContaining, planPeriods, todayInChina, type PeriodSpec } from "@/lib/reports/periods";
import { DEMO_TENANTS } from "./demo-world";

export const DEMO_ACTIVITY_SEED = 20240601;
export const DEMO_PREFIX = "【演示数据】";
export const DEMO_ACTIVITY_ACTION = "demo.activity";

export interface DemoActivityOptions {
  /** The real date the demo is generated for (default: now); only its calendar date in China counts. */
  today?: Date;
  log?: (line: string) => void;
}

export interface DemoActivityCounts {
  periods: number;
  slots: number;
  reports: number;
  reportEvents: number;
  actuals: number;
  statusEvents: number;
  tasks: number;
}

export interface DemoActivitySummary {
  /** Tenant codes that got demo activity now. */
  seeded: string[];
  /** Tenant codes left alone: activity or reporting periods already there, or no staff account yet. */
  skipped: string[];
  counts: Record<string, DemoActivityCounts>;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

// ---------------------------------------------------------------------------
// Deterministic randomness: mulberry32, one stream per stable key (tenant
// code, plan title, period label, task number, unit name — never a database
// id), so the rows do not depend on query order or on uuids.

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

class Rng {
  private readonly next: () => number;
  constructor(...key: (string | number)[]) {
    this.next = mulberry32(DEMO_ACTIVITY_SEED ^ fnv1a(key.join("\u001f")));
  }
  float(): number {
    return this.next();
  }
  between(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

// ---------------------------------------------------------------------------
// Phrase banks (demo text only).

const ACTIVITY_PHRASES = [
  "已召开专题部署会，明确任务分工和时间节点",
  "完成阶段性督导检查，形成问题清单并督促整改",
  "组织相关学校开展专项培训，参训教师百余人次",
  "制定工作方案并印发至各学校（园）",
  "开展实地调研，梳理汇总意见建议",
  "按季度调度推进情况，建立工作台账",
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
  "部分学校推进进度不均衡",
  "专项经费到位较慢，影响项目进度",
  "专业师资力量不足",
  "部分数据统计口径需进一步统一",
  "基层学校材料报送不够及时",
] as const;

const NEXT_STEP_PHRASES = [
  "下一阶段将加大督导力度，确保按期完成",
  "持续跟踪项目进度，每月调度一次",
  "组织开展经验总结和成果推广",
  "协调落实经费保障",
  "完善考核评价机制，压实工作责任",
] as const;

const RETURN_COMMENTS = [
  "佐证材料不全，请补充会议纪要或照片",
  "进度数据与工作台账不一致，请核实后重新提交",
  "请补充具体的量化数据",
  "问题分析不够具体，请补充整改措施",
] as const;

const APPROVE_COMMENTS = [null, null, "同意", "材料齐全，审核通过"] as const;

const NOTE_START = `${DEMO_PREFIX}任务已启动，完成分工部署`;
const NOTE_UPDATE = `${DEMO_PREFIX}根据季度调度情况更新进度`;
const NOTE_COMPLETED = `${DEMO_PREFIX}任务目标已完成，经核验同意办结`;
const NOTE_DELAYED = `${DEMO_PREFIX}受经费和工期影响进度滞后，已调整计划完成时间`;

// ---------------------------------------------------------------------------
// Time helpers. Dates are calendar dates at UTC midnight; event timestamps fall
// in office hours in China (09:00–17:30, i.e. 01:00–09:30 UTC) where possible.

/** Code-point order: unlike localeCompare, the same on every machine. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const utcDay = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());

function officeTime(rng: Rng, dayMs: number): number {
  return dayMs + HOUR + Math.floor(rng.float() * 8.5 * HOUR);
}

/**
 * Event times: the first on `firstDay`, each later one `gaps[i]` days after the
 * previous (same day → later that day), all before `cap`. If they would pass
 * `cap` they are moved back, and squeezed into [floor, cap) as a last resort.
 */
function eventTimes(rng: Rng, firstDay: number, gapsInDays: number[], floor: number, cap: number): Date[] {
  const times: number[] = [];
  let day = firstDay;
  for (let i = 0; i <= gapsInDays.length; i++) {
    if (i > 0) day += gapsInDays[i - 1]! * DAY;
    let t = officeTime(rng, day);
    const prev = times[times.length - 1];
    if (prev !== undefined && t <= prev) t = prev + 10 * 60_000 + Math.floor(rng.float() * 80 * 60_000);
    times.push(t);
  }
  const last = times[times.length - 1]!;
  if (last >= cap) {
    const shift = Math.min(last - cap + HOUR, times[0]! - floor);
    for (let i = 0; i < times.length; i++) times[i]! -= Math.max(0, shift);
  }
  if (times[times.length - 1]! >= cap) {
    const span = Math.max(cap - floor - HOUR, times.length * 60_000);
    for (let i = 0; i < times.length; i++) times[i] = floor + Math.floor((span * (i + 1)) / (times.length + 1));
  }
  return times.map((t) => new Date(t));
}

// ---------------------------------------------------------------------------
// Task histories: a status and progress at the end of each active period.

type Outcome = "completed" | "delayed" | "in_progress";

interface TaskCurve {
  progress: number[];
  status: TaskStatus[];
}

const roundTo5 = (n: number) => Math.max(5, Math.min(100, Math.round(n / 5) * 5));

function taskCurve(rng: Rng, outcome: Outcome, n: number, elapsed: number): TaskCurve {
  const start = rng.int(1, 3) * 5;
  const progress: number[] = [];
  const status: TaskStatus[] = [];
  const lerp = (a: number, b: number, f: number) => a + (b - a) * f;
  if (outcome === "completed") {
    const done = n === 1 ? 0 : rng.int(Math.ceil((n - 1) / 2), n - 1);
    for (let k = 0; k < n; k++) {
      progress.push(k >= done ? 100 : roundTo5(lerp(start, 90, done === 0 ? 1 : k / done) + rng.int(-1, 1) * 5));
      status.push(k >= done ? "completed" : "in_progress");
    }
  } else if (outcome === "delayed") {
    const stalledAt = n === 1 ? 0 : rng.int(Math.max(1, n - 3), n - 1);
    const stall = rng.int(4, 11) * 5;
    for (let k = 0; k < n; k++) {
      progress.push(roundTo5(k < stalledAt ? lerp(start, stall, stalledAt === 0 ? 1 : k / stalledAt) : stall));
      status.push(k >= stalledAt ? "delayed" : "in_progress");
    }
  } else {
    const end = Math.max(15, Math.min(90, 25 + 60 * elapsed + rng.int(-15, 10)));
    for (let k = 0; k < n; k++) {
      progress.push(roundTo5(lerp(start, end, n === 1 ? 1 : k / (n - 1)) + rng.int(-1, 1) * 5));
      status.push("in_progress");
    }
  }
  for (let k = 1; k < n; k++) progress[k] = Math.max(progress[k]!, progress[k - 1]!);
  for (let k = 0; k < n; k++) if (status[k] !== "completed") progress[k] = Math.min(progress[k]!, 95);
  return { progress, status };
}

// ---------------------------------------------------------------------------
// Report fates per slot.

type Fate = "open" | "draft" | "submitted" | "returned" | "resubmitted" | "approved" | "approvedAfterReturn";

type Phase = "old" | "recent" | "current";

function pickFate(rng: Rng, phase: Phase, duePassed: boolean): Fate {
  const table: [Fate, number][] =
    phase === "old"
      ? [
          ["open", 0.04],
          ["returned", 0.01],
          ["submitted", 0.02],
          ["approvedAfterReturn", 0.15],
          ["approved", 1],
        ]
      : phase === "recent" && duePassed
        ? [
            ["open", 0.1],
            ["draft", 0.05],
            ["returned", 0.08],
            ["submitted", 0.22],
            ["resubmitted", 0.05],
            ["approvedAfterReturn", 0.08],
            ["approved", 1],
          ]
        : phase === "recent"
          ? [
              ["open", 0.25],
              ["draft", 0.15],
              ["submitted", 0.35],
              ["approved", 1],
            ]
          : [
              ["open", 0.5],
              ["draft", 0.2],
              ["submitted", 0.2],
              ["approved", 1],
            ];
  let r = rng.float();
  for (const [fate, p] of table) {
    if (r < p) return fate;
    r -= p;
  }
  return "approved";
}

const FATE_STEPS: Record<Exclude<Fate, "open">, { action: string; from: ReportStatus | null; to: ReportStatus }[]> = {
  draft: [{ action: "create", from: null, to: "draft" }],
  submitted: [
    { action: "create", from: null, to: "draft" },
    { action: "submit", from: "draft", to: "submitted" },
  ],
  returned: [
    { action: "create", from: null, to: "draft" },
    { action: "submit", from: "draft", to: "submitted" },
    { action: "return", from: "submitted", to: "returned" },
  ],
  resubmitted: [
    { action: "create", from: null, to: "draft" },
    { action: "submit", from: "draft", to: "submitted" },
    { action: "return", from: "submitted", to: "returned" },
    { action: "resubmit", from: "returned", to: "submitted" },
  ],
  approved: [
    { action: "create", from: null, to: "draft" },
    { action: "submit", from: "draft", to: "submitted" },
    { action: "approve", from: "submitted", to: "approved" },
  ],
  approvedAfterReturn: [
    { action: "create", from: null, to: "draft" },
    { action: "submit", from: "draft", to: "submitted" },
    { action: "return", from: "submitted", to: "returned" },
    { action: "resubmit", from: "returned", to: "submitted" },
    { action: "approve", from: "submitted", to: "approved" },
  ],
};

// Versions as the app's write paths would leave them (create 1, submit +1, review +1, resubmit +2).
const FATE_VERSION: Record<Exclude<Fate, "open">, number> = { draft: 1, submitted: 2, returned: 3, resubmitted: 5, approved: 3, approvedAfterReturn: 6 };

function gapsFor(rng: Rng, steps: number): number[] {
  // create → submit (0–2 days), → review (1–5), → resubmit (1–4), → review (1–4)
  const ranges: [number, number][] = [
    [0, 2],
    [1, 5],
    [1, 4],
    [1, 4],
  ];
  return ranges.slice(0, steps - 1).map(([lo, hi]) => rng.int(lo, hi));
}

// ---------------------------------------------------------------------------
// Indicator values: from a start value toward the target along the plan's
// years, each indicator at its own pace (some ahead, some behind), with noise.

const INTEGER_UNITS = new Set(["所", "个", "名", "节", "堂", "次", "项", "课时", "学时", "人", "家", "间次"]);
const CUMULATIVE_UNITS = new Set([...INTEGER_UNITS, "亿元", "万元"]);
const PACES = [1.25, 1.1, 1, 1, 0.9, 0.75, 0.55] as const;

interface IndicatorRow {
  id: string;
  taskId: string | null;
  position: number;
  name: string;
  unit: string | null;
  comparator: "gte" | "lte" | "eq" | "range" | "change";
  baselineValue: Prisma.Decimal | null;
  baselineYear: number | null;
  targetValue: Prisma.Decimal | null;
  targetMax: Prisma.Decimal | null;
  targetYear: number | null;
}

function indicatorModel(ind: IndicatorRow, plan: { startYear: number; endYear: number }, rng: Rng) {
  const num = (d: Prisma.Decimal | null) => (d === null ? null : Number(d.toString()));
  const unit = ind.unit ?? "";
  const target0 = num(ind.targetValue)!;
  const target = ind.comparator === "range" && ind.targetMax !== null ? num(ind.targetMax)! : target0;
  const cumulative = CUMULATIVE_UNITS.has(unit);
  let start = num(ind.baselineValue);
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
  return (asOf: Date, noise: Rng): number => {
    const f = Math.max(0, Math.min(1, (asOf.getTime() - from) / Math.max(DAY, to - from)));
    let value: number;
    if (target === start) value = target - Math.abs(target) * noise.float() * 0.004;
    else value = start + (target - start) * Math.min(f * pace, 1.06) + Math.abs(target - start) * (noise.float() - 0.5) * 0.06;
    if (capAt100) value = Math.min(value, 100);
    if (ind.comparator !== "change") value = Math.max(0, value);
    value = integer ? Math.round(value) : Math.round(value * 100) / 100;
    if (cumulative && previous !== null) value = Math.max(value, previous);
    previous = value;
    return value;
  };
}

// ---------------------------------------------------------------------------

/** The demo's "now" for a plan: today if the plan is running, else 20 December of its last year. */
function demoDayFor(plan: { startYear: number; endYear: number }, today: Date): Date | null {
  const year = today.getUTCFullYear();
  if (year < plan.startYear) return null;
  if (year > plan.endYear) return new Date(Date.UTC(plan.endYear, 11, 20));
  return today;
}

const ACTIVE_AFTER_DAYS = 7;

interface SlotRow {
  id: string;
  periodId: string;
  taskId: string;
  orgUnitId: string;
  unitRole: UnitRole;
  unitName: string;
}

interface Actors {
  staff: string | null;
  reporterByUnit: Map<string, string>;
}

/**
 * Generates demo reporting activity for the demo bureaus (jinfeng, xingqing,
 * helan, huiji), one transaction per tenant. Call it after the demo plans are
 * imported AND the demo accounts exist (its actors are the tenant's staff and
 * reporter accounts). Deterministic for a given database content and `today`.
 */
export async function seedDemoActivity(db: PrismaClient, options: DemoActivityOptions = {}): Promise<DemoActivitySummary> {
  const log = options.log ?? (() => {});
  const today = todayInChina(options.today ?? new Date());
  const summary: DemoActivitySummary = { seeded: [], skipped: [], counts: {} };
  for (const t of DEMO_TENANTS) {
    if (t.kind !== "bureau") continue;
    const tenant = await db.tenant.findUnique({ where: { code: t.code }, select: { id: true } });
    if (!tenant) continue;
    const counts = await openTenantTransaction(db, { tenantId: tenant.id, userId: null }, (tx) => seedTenant(tx, t.code, tenant.id, today), {
      timeoutMs: 120_000,
    });
    if (!counts || counts === "no-accounts") {
      summary.skipped.push(t.code);
      if (counts) log(`未生成演示活动数据（${t.code}）：该租户还没有工作人员账号`);
      continue;
    }
    summary.seeded.push(t.code);
    summary.counts[t.code] = counts;
    log(
      `已生成演示活动数据（${t.code}）：期间 ${counts.periods}、报告 ${counts.reports}、报告记录 ${counts.reportEvents}、实际值 ${counts.actuals}、任务状态记录 ${counts.statusEvents}`,
    );
  }
  if (!summary.seeded.length) log("演示活动数据已存在，未重复生成");
  return summary;
}

async function seedTenant(tx: Tx, code: string, tenantId: string, today: Date): Promise<DemoActivityCounts | "no-accounts" | null> {
  // Two seeders at once: the second waits, then sees the first one's marker.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`demo.activity:${tenantId}`}))`;
  const marker = await tx.auditEvent.findFirst({ where: { tenantId, action: DEMO_ACTIVITY_ACTION }, select: { id: true } });
  if (marker || (await tx.reportingPeriod.findFirst({ where: { tenantId }, select: { id: true } }))) return null;

  const members = await tx.membership.findMany({
    where: { tenantId },
    select: { role: true, userId: true, orgUnitId: true, user: { select: { username: true } } },
  });
  members.sort((a, b) => byCodePoint(a.user.username, b.user.username));
  const actors: Actors = {
    staff: (members.find((m) => m.role === "bureau_staff") ?? members.find((m) => m.role === "bureau_admin"))?.userId ?? null,
    reporterByUnit: new Map(members.filter((m) => m.role === "unit_reporter" && m.orgUnitId).map((m) => [m.orgUnitId!, m.userId])),
  };

  // Called before the demo accounts exist: leave the tenant for a later run rather than write ownerless history.
  if (!actors.staff) return "no-accounts";

  const counts: DemoActivityCounts = { periods: 0, slots: 0, reports: 0, reportEvents: 0, actuals: 0, statusEvents: 0, tasks: 0 };
  const plans = await tx.plan.findMany({
    where: { tenantId },
    select: { id: true, title: true, startYear: true, endYear: true, reportingFrequency: true },
    orderBy: [{ title: "asc" }, { startYear: "asc" }],
  });
  for (const plan of plans) await seedPlan(tx, code, tenantId, plan, today, actors, counts);

  await tx.auditEvent.create({
    data: {
      tenantId,
      actorUserId: null,
      action: DEMO_ACTIVITY_ACTION,
      entityType: "tenant",
      entityId: tenantId,
      after: {
        seed: DEMO_ACTIVITY_SEED,
        generatedAt: new Date().toISOString(),
        today: today.toISOString().slice(0, 10),
        summaryPrefix: DEMO_PREFIX,
        note: "演示数据：由固定随机种子生成的填报、审核、实际值和任务状态记录",
        counts: { ...counts },
      },
    },
  });
  return counts;
}

async function seedPlan(
  tx: Tx,
  code: string,
  tenantId: string,
  plan: { id: string; title: string; startYear: number; endYear: number; reportingFrequency: ReportFrequency },
  today: Date,
  actors: Actors,
  counts: DemoActivityCounts,
): Promise<void> {
  const demoDay = demoDayFor(plan, today);
  if (!demoDay) return;
  const cap = demoDay.getTime(); // nothing happens on or after the demo day's start
  const current = periodContaining(plan.reportingFrequency, demoDay);
  const cutoff = Date.UTC(current.startsOn.getUTCFullYear() - 2, current.startsOn.getUTCMonth(), 1);
  const specs = planPeriods(plan.reportingFrequency, plan.startYear, plan.endYear).filter((s) => s.startsOn.getTime() <= cap && s.startsOn.getTime() > cutoff);
  if (!specs.length) return;

  const periods: (PeriodSpec & { id: string })[] = [];
  for (const spec of specs) {
    const { period } = await openReportingPeriod(tx, tenantId, plan.id, spec);
    periods.push({ ...spec, id: period.id });
  }
  counts.periods += periods.length;
  // Periods long enough under way for anything to have happened in them.
  const active = periods.filter((p) => cap - p.startsOn.getTime() >= ACTIVE_AFTER_DAYS * DAY);
  const lastEnded = [...active].reverse().find((p) => p.endsOn.getTime() < cap);
  const phaseOf = (p: PeriodSpec): Phase => (p.endsOn.getTime() >= cap ? "current" : p === lastEnded ? "recent" : "old");
  // The usable time span of a period: its days, and the few days after it when reports come in.
  const spanEnd = (p: PeriodSpec) => Math.min(p.endsOn.getTime() + DAY, cap);

  const tasks = await tx.task.findMany({
    where: { tenantId, planId: plan.id },
    select: { id: true, number: true, position: true, status: true, progress: true, version: true },
    orderBy: [{ position: "asc" }, { number: "asc" }],
  });
  const taskKey = (task: { number: number; position: number }) => `${task.position}#${task.number}`;

  // --- task status histories --------------------------------------------------
  const planRng = new Rng(code, plan.title, "outcomes");
  const shuffled = planRng.shuffle(tasks);
  const nCompleted = Math.round(tasks.length * 0.3);
  const nDelayed = Math.round(tasks.length * 0.1);
  const outcomeOf = new Map<string, Outcome>(
    shuffled.map((task, i) => [task.id, i < nCompleted ? "completed" : i < nCompleted + nDelayed ? "delayed" : "in_progress"]),
  );
  const planStart = Date.UTC(plan.startYear, 0, 1);
  const elapsed = Math.min(1, (cap - planStart) / (Date.UTC(plan.endYear, 11, 31) - planStart));
  const curves = new Map<string, TaskCurve>();
  const statusEvents: Prisma.TaskStatusEventCreateManyInput[] = [];
  const after = periodContaining(plan.reportingFrequency, new Date(current.endsOn.getTime() + DAY));
  for (const task of tasks) {
    const rng = new Rng(code, plan.title, "task", taskKey(task));
    const curve = taskCurve(rng, outcomeOf.get(task.id)!, active.length, elapsed);
    curves.set(task.id, curve);
    let status: TaskStatus = task.status;
    let progress = task.progress;
    let dueDate: Date | null = null;
    let events = 0;
    active.forEach((p, k) => {
      const s = p.startsOn.getTime();
      const span = spanEnd(p) - s;
      const at = (lo: number, hi: number) => new Date(officeTime(rng, s + Math.floor((span * rng.between(lo, hi)) / DAY) * DAY));
      const push = (to: TaskStatus, toProgress: number, when: Date, note: string, due: Date | null = null) => {
        statusEvents.push({
          tenantId,
          taskId: task.id,
          actorUserId: actors.staff,
          fromStatus: status,
          toStatus: to,
          fromProgress: progress,
          toProgress,
          dueDate: due,
          note,
          createdAt: when,
        });
        status = to;
        progress = toProgress;
        events++;
      };
      if (k === 0 && status === "not_started") {
        push("in_progress", Math.min(curve.progress[0]!, curve.status[0] === "in_progress" ? 100 : 15), at(0.05, 0.3), NOTE_START);
      }
      const target = curve.status[k]!;
      const grew = curve.progress[k]! > progress;
      if (target !== status) {
        if (target === "delayed") dueDate = after.endsOn;
        push(
          target,
          curve.progress[k]!,
          at(0.55, 0.95),
          target === "completed" ? NOTE_COMPLETED : target === "delayed" ? NOTE_DELAYED : NOTE_UPDATE,
          target === "delayed" ? dueDate : null,
        );
      } else if (grew && (k === active.length - 1 || rng.float() < 0.7)) {
        push(status, curve.progress[k]!, at(0.55, 0.95), NOTE_UPDATE);
      }
    });
    if (events) {
      await tx.task.update({
        where: { tenantId_id: { tenantId, id: task.id } },
        data: { status, progress, version: task.version + events, ...(dueDate ? { dueDate } : {}) },
      });
      counts.tasks++;
    }
  }
  if (statusEvents.length) await tx.taskStatusEvent.createMany({ data: statusEvents });
  counts.statusEvents += statusEvents.length;

  // --- reports ----------------------------------------------------------------
  const rawSlots = await tx.reportSlot.findMany({
    where: { tenantId, periodId: { in: periods.map((p) => p.id) } },
    select: { id: true, periodId: true, taskId: true, orgUnitId: true, unitRole: true, orgUnit: { select: { name: true } } },
  });
  counts.slots += rawSlots.length;
  const periodIndex = new Map(periods.map((p, i) => [p.id, i]));
  const taskById = new Map(tasks.map((task) => [task.id, task]));
  const slots: SlotRow[] = rawSlots
    .map((s) => ({ id: s.id, periodId: s.periodId, taskId: s.taskId, orgUnitId: s.orgUnitId, unitRole: s.unitRole, unitName: s.orgUnit.name }))
    .sort(
      (a, b) =>
        periodIndex.get(a.periodId)! - periodIndex.get(b.periodId)! ||
        taskById.get(a.taskId)!.position - taskById.get(b.taskId)!.position ||
        (a.unitRole === "lead" ? 0 : 1) - (b.unitRole === "lead" ? 0 : 1) ||
        byCodePoint(a.unitName, b.unitName),
    );

  interface PlannedReport {
    slot: SlotRow;
    fate: Exclude<Fate, "open">;
    data: Prisma.ReportCreateManyInput;
    events: { action: string; from: ReportStatus | null; to: ReportStatus; at: Date; actor: string | null; comment: string | null }[];
  }
  const planned: PlannedReport[] = [];
  const slotStatus = new Map<SlotStatus, string[]>();
  const overdue: { id: string; at: Date }[] = [];
  const activeIndex = new Map(active.map((p, k) => [p.id, k]));
  for (const slot of slots) {
    const period = periods[periodIndex.get(slot.periodId)!]!;
    const k = activeIndex.get(period.id);
    const task = taskById.get(slot.taskId)!;
    const rng = new Rng(code, plan.title, period.label, taskKey(task), slot.unitName);
    const duePassed = period.dueOn.getTime() < cap;
    const fate: Fate = k === undefined ? "open" : pickFate(rng, phaseOf(period), duePassed);
    const status: SlotStatus = fate === "open" ? "open" : fate === "resubmitted" ? "submitted" : fate === "approvedAfterReturn" ? "approved" : fate;
    slotStatus.set(status, [...(slotStatus.get(status) ?? []), slot.id]);
    if ((status === "open" || status === "draft" || status === "returned") && duePassed) {
      overdue.push({ id: slot.id, at: new Date(period.dueOn.getTime() + 16 * HOUR + 15 * 60_000) });
    }
    if (fate === "open" || k === undefined) continue;

    const curve = curves.get(task.id)!;
    const progress = slot.unitRole === "lead" ? curve.progress[k]! : Math.max(5, curve.progress[k]! - rng.int(0, 2) * 5);
    const done = curve.status[k] === "completed";
    const steps = FATE_STEPS[fate];
    const s = period.startsOn.getTime();
    const firstDay =
      phaseOf(period) === "current" ? s + Math.floor(((cap - s) * rng.between(0.3, 0.7)) / DAY) * DAY : utcDay(period.endsOn) - rng.int(2, 12) * DAY;
    const times = eventTimes(rng, firstDay, gapsFor(rng, steps.length), s + DAY, cap);
    const author = actors.reporterByUnit.get(slot.orgUnitId) ?? actors.staff;
    const returnComment = rng.pick(RETURN_COMMENTS);
    const approveComment = rng.pick(APPROVE_COMMENTS);
    const events = steps.map((step, i) => {
      const review = step.action === "return" || step.action === "approve";
      return {
        action: step.action,
        from: step.from,
        to: step.to,
        at: times[i]!,
        actor: review ? actors.staff : author,
        comment: step.action === "return" ? returnComment : step.action === "approve" ? approveComment : null,
      };
    });
    const lastSubmit = [...events].reverse().find((e) => e.action === "submit" || e.action === "resubmit");
    const lastReview = [...events].reverse().find((e) => e.action === "return" || e.action === "approve");
    const delayed = curve.status[k] === "delayed";
    const summary =
      fate === "draft"
        ? `${DEMO_PREFIX}${rng.pick(DRAFT_PHRASES)}。`
        : done
          ? `${DEMO_PREFIX}${rng.pick(COMPLETED_PHRASES)}。`
          : `${DEMO_PREFIX}${rng.shuffle(ACTIVITY_PHRASES).slice(0, rng.int(1, 2)).join("；")}。`;
    planned.push({
      slot,
      fate,
      events,
      data: {
        tenantId,
        slotId: slot.id,
        status: steps[steps.length - 1]!.to,
        summary,
        progress,
        problems: delayed || (!done && rng.float() < 0.45) ? `${rng.pick(PROBLEM_PHRASES)}。` : "",
        nextSteps: done ? "巩固工作成果，做好总结归档。" : `${rng.pick(NEXT_STEP_PHRASES)}。`,
        version: FATE_VERSION[fate],
        authorUserId: author,
        submittedAt: lastSubmit?.at ?? null,
        reviewedAt: lastReview?.at ?? null,
        reviewerUserId: lastReview?.actor ?? null,
        reviewComment: lastReview?.comment ?? null,
        submitKey: lastSubmit
          ? `demo-${DEMO_ACTIVITY_SEED}-${fnv1a(`${code}|${plan.title}|${period.label}|${taskKey(task)}|${slot.unitName}`).toString(16)}`
          : null,
        createdAt: times[0]!,
        updatedAt: times[times.length - 1]!,
      },
    });
  }

  for (const [status, ids] of slotStatus) {
    if (status !== "open") await tx.reportSlot.updateMany({ where: { tenantId, id: { in: ids } }, data: { status } });
  }
  // As the overdue job would have marked them the morning after the due date.
  const byMarkTime = new Map<number, string[]>();
  for (const o of overdue) byMarkTime.set(o.at.getTime(), [...(byMarkTime.get(o.at.getTime()) ?? []), o.id]);
  for (const [at, ids] of byMarkTime) await tx.reportSlot.updateMany({ where: { tenantId, id: { in: ids } }, data: { overdueMarkedAt: new Date(at) } });

  const reportIdBySlot = new Map<string, string>();
  if (planned.length) {
    const created = await tx.report.createManyAndReturn({ data: planned.map((r) => r.data), select: { id: true, slotId: true } });
    for (const r of created) reportIdBySlot.set(r.slotId, r.id);
    const events: Prisma.ReportEventCreateManyInput[] = planned.flatMap((r) =>
      r.events.map((e) => ({
        tenantId,
        reportId: reportIdBySlot.get(r.slot.id)!,
        actorUserId: e.actor,
        action: e.action,
        fromStatus: e.from,
        toStatus: e.to,
        comment: e.comment,
        createdAt: e.at,
      })),
    );
    await tx.reportEvent.createMany({ data: events });
    counts.reports += created.length;
    counts.reportEvents += events.length;
  }

  // --- indicator actuals ------------------------------------------------------
  const indicators: IndicatorRow[] = await tx.indicator.findMany({
    where: { tenantId, planId: plan.id, targetValue: { not: null } },
    select: {
      id: true,
      taskId: true,
      position: true,
      name: true,
      unit: true,
      comparator: true,
      baselineValue: true,
      baselineYear: true,
      targetValue: true,
      targetMax: true,
      targetYear: true,
    },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
  // Per task and period, the report that carries the task's actuals: the lead unit's, else the first other one.
  const carrier = new Map<string, PlannedReport>();
  const tasksWithSlots = new Set(slots.map((s) => s.taskId));
  for (const r of planned) {
    const key = `${r.slot.taskId}|${r.slot.periodId}`;
    if (!carrier.has(key)) carrier.set(key, r);
  }
  const reviewStateOf: Record<ReportStatus, ReviewState> = { draft: "pending", submitted: "pending", returned: "returned", approved: "approved" };
  const actuals: Prisma.IndicatorActualCreateManyInput[] = [];
  for (const ind of indicators) {
    const task = ind.taskId ? taskById.get(ind.taskId) : undefined;
    const indKey = `${ind.position}|${ind.name}|${ind.unit ?? ""}|${ind.comparator}|${task ? taskKey(task) : "plan"}`;
    const valueAt = indicatorModel(ind, plan, new Rng(code, plan.title, "indicator", indKey));
    for (const period of active) {
      const noise = new Rng(code, plan.title, "indicator", indKey, period.label);
      const value = valueAt(period.endsOn, noise);
      if (ind.taskId && tasksWithSlots.has(ind.taskId)) {
        const report = carrier.get(`${ind.taskId}|${period.id}`);
        if (!report) continue;
        actuals.push({
          tenantId,
          indicatorId: ind.id,
          reportId: reportIdBySlot.get(report.slot.id)!,
          periodId: period.id,
          asOf: period.endsOn,
          value,
          reviewState: reviewStateOf[report.data.status!],
          enteredById: report.data.authorUserId ?? null,
          createdAt: report.data.createdAt as Date,
        });
      } else {
        // No unit reports on this indicator: the bureau records it, approved, after the period ends.
        if (period.endsOn.getTime() >= cap) continue;
        const [at] = eventTimes(noise, utcDay(period.endsOn) + noise.int(3, 15) * DAY, [], period.endsOn.getTime(), cap);
        actuals.push({
          tenantId,
          indicatorId: ind.id,
          reportId: null,
          periodId: period.id,
          asOf: period.endsOn,
          value,
          reviewState: "approved",
          enteredById: actors.staff,
          createdAt: at!,
        });
      }
    }
  }
  if (actuals.length) await tx.indicatorActual.createMany({ data: actuals });
  counts.actuals += actuals.length;
}
