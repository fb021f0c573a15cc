// The ledger (工作台账): one row per task with its people, status, newest
// report and stated targets. A task with several indicators gets one
// continuation row per further indicator directly below it (same 序号, task
// columns empty), so every indicator has its own 实际值 cell and 指标ID for the
// import. Queries are bounded: the task list, due dates, newest reports and
// newest actuals, each one query whatever the number of tasks.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import { getPlanTree, type SectionNode, type TaskFilter } from "@/lib/plans/queries/get-plan";
import { sortUnits, TASK_LIST_SELECT, type TaskListItem } from "@/lib/plans/queries/task-select";
import { formatDate, formatTarget } from "@/lib/format";
import { todayInChina } from "@/lib/reports/periods";
import { closedLightText, TASK_STATUS_LABELS, taskLightText } from "@/lib/vocabulary";
import { withLights, type WithLight } from "@/lib/supervision/with-lights";
import { listTaskGroupRollups } from "@/lib/reports/queries/task-group-rollups";
import { formatGroupRollups, formatLatestReport, joinNames, unitsByRole } from "./cell-text";
import { latestApprovedActuals, latestReports, type LatestActual } from "./latest-facts";

export interface LedgerRow {
  taskId: string | null;
  continuation: boolean;
  plan: string;
  number: number | null;
  section: string;
  task: string;
  leaders: string;
  leadUnits: string;
  cooperateUnits: string;
  responsibleUnits: string;
  /** Each group unit's newest period: 各中小学校、幼儿园：已报 1/40，逾期 2（2026年12月）. */
  groupReports: string;
  status: string;
  progress: number | null;
  dueDate: Date | null;
  /** 亮灯 with its reason: 红灯（已逾期）. */
  light: string;
  latestReport: string;
  indicator: string;
  target: string;
  actual: number | null;
  actualAsOf: Date | null;
  indicatorId: string;
}

export interface Ledger {
  title: string;
  /** Rows span several plans (the unit ledger): the file gets a 所属规划 column. */
  showPlan: boolean;
  taskCount: number;
  rows: LedgerRow[];
}

type IndicatorItem = TaskListItem["indicators"][number];
type LedgerTask = WithLight<TaskListItem> & { sectionTitle: string; planTitle: string };

const EMPTY_TASK_CELLS = {
  section: "",
  task: "",
  leaders: "",
  leadUnits: "",
  cooperateUnits: "",
  responsibleUnits: "",
  groupReports: "",
  status: "",
  progress: null,
  dueDate: null,
  light: "",
  latestReport: "",
} satisfies Partial<LedgerRow>;

/** A plan's ledger, filtered exactly as the plan page filters its tasks; reports as the caller may read them. */
export async function buildPlanLedger(tx: Tx, session: TenantSession, planId: string, filter: TaskFilter = {}): Promise<Ledger> {
  const tenantId = session.tenant.tenantId;
  const tree = await getPlanTree(tx, tenantId, planId, filter);
  const sectionTitles = new Map<string, string>();
  const listed: WithLight<TaskListItem>[] = [];
  const walk = (nodes: SectionNode[]) => {
    for (const node of nodes) {
      sectionTitles.set(node.id, node.title);
      listed.push(...node.tasks);
      walk(node.sections);
    }
  };
  walk(tree.sections);
  listed.sort((a, b) => a.position - b.position);
  const tasks = listed.map((t) => ({
    ...t,
    sectionTitle: sectionTitles.get(t.sectionId) ?? "",
    planTitle: tree.plan.title,
  }));
  // The plan's own indicator table belongs to no task, so a task filter leaves it out.
  const filtered = Boolean(filter.q || filter.leaderId || filter.unitId || filter.sectionId);
  const planIndicators = filtered ? [] : tree.indicators;
  return { title: tree.plan.title, showPlan: false, taskCount: tasks.length, rows: await toRows(tx, session, tasks, planIndicators, tree.plan.title) };
}

/** Every task of every plan that names the unit (lead, cooperating or responsible); reports as the caller may read them. */
export async function buildUnitLedger(tx: Tx, session: TenantSession, unitId: string): Promise<Ledger> {
  const tenantId = session.tenant.tenantId;
  const unit = await tx.orgUnit.findFirst({ where: { id: unitId, tenantId }, select: { name: true } });
  if (!unit) throw new NotFoundError();
  const found = await tx.task.findMany({
    where: { tenantId, units: { some: { orgUnitId: unitId } } },
    orderBy: [{ plan: { startYear: "desc" } }, { plan: { createdAt: "asc" } }, { position: "asc" }],
    select: { ...TASK_LIST_SELECT, section: { select: { title: true } } },
  });
  const tasks = (await withLights(tx, tenantId, found)).map(({ section, ...t }) => ({ ...t, sectionTitle: section.title, planTitle: t.plan.title }));
  return { title: unit.name, showPlan: true, taskCount: tasks.length, rows: await toRows(tx, session, tasks, [], "") };
}

async function toRows(tx: Tx, session: TenantSession, tasks: LedgerTask[], planIndicators: IndicatorItem[], planTitle: string): Promise<LedgerRow[]> {
  const indicatorIds = [...tasks.flatMap((t) => t.indicators.map((i) => i.id)), ...planIndicators.map((i) => i.id)];
  const reports = await latestReports(
    tx,
    session,
    tasks.map((t) => t.id),
  );
  const actuals = await latestApprovedActuals(tx, session.tenant.tenantId, indicatorIds);
  const rollups = await listTaskGroupRollups(
    tx,
    session,
    tasks.map((t) => t.id),
  );
  const rows: LedgerRow[] = [];
  for (const t of tasks) {
    const units = sortUnits(t.units);
    const report = reports.get(t.id);
    const [first, ...rest] = t.indicators;
    rows.push({
      taskId: t.id,
      continuation: false,
      plan: t.planTitle,
      number: t.number,
      section: t.sectionTitle,
      task: t.title,
      leaders: joinNames(t.leaders.map((l) => l.person.name)),
      leadUnits: unitsByRole(units, "lead"),
      cooperateUnits: unitsByRole(units, "cooperate"),
      responsibleUnits: unitsByRole(units, "responsible"),
      groupReports: formatGroupRollups(units, rollups.get(t.id)),
      status: TASK_STATUS_LABELS[t.status],
      progress: t.progress,
      dueDate: t.dueDate,
      // 销号 is done with a date the bureau wants to see; the light alone would only say 已完成.
      light: t.closedAt ? closedLightText(formatDate(todayInChina(t.closedAt))) : taskLightText(t.light.light, t.light.reason),
      latestReport: report ? formatLatestReport(report) : "",
      ...indicatorCells(first, actuals),
    });
    for (const indicator of rest) {
      rows.push({ taskId: t.id, continuation: true, plan: t.planTitle, number: t.number, ...EMPTY_TASK_CELLS, ...indicatorCells(indicator, actuals) });
    }
  }
  for (const indicator of planIndicators) {
    rows.push({
      taskId: null,
      continuation: false,
      plan: planTitle,
      number: null,
      ...EMPTY_TASK_CELLS,
      section: "主要指标",
      ...indicatorCells(indicator, actuals),
    });
  }
  return rows;
}

function indicatorCells(i: IndicatorItem | undefined, actuals: Map<string, LatestActual>) {
  const actual = i ? actuals.get(i.id) : undefined;
  return {
    indicator: i?.name ?? "",
    target: i ? formatTarget(i, { compact: true, withYear: true }) : "",
    actual: actual?.value ?? null,
    actualAsOf: actual?.asOf ?? null,
    indicatorId: i?.id ?? "",
  };
}
