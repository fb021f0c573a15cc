// The one builder of the browser tests' own bureaus (decision 0039). A spec
// that writes gets a bureau of its own, described in a few declarative lines
// (a BureauSpec in its *-world.ts, listed in bureaus.ts), so what it approves,
// closes or uploads moves no count another spec reads, and it can run beside
// other specs. Days are relative to today (UTC midnight), with margins wider
// than the hours between UTC and China. Built once per server (serve.ts);
// a bureau whose code exists is left as it is.
import { hashPassword } from "@/lib/auth/password";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { DEMO_PASSWORD } from "./helpers";

export interface BureauSpec {
  code: string;
  name: string;
  /** A city bureau has no units, plan or accounts here: new bureaus are opened under it. */
  kind?: "bureau" | "city";
  /** Schools, by name. */
  units?: readonly string[];
  /** Password DEMO_PASSWORD. `unit` names one of `units`; `person` links the account to a 责任领导 of that name. */
  accounts?: readonly { username: string; displayName: string; role: Role; unit?: string; person?: string }[];
  plan?: {
    title: string;
    /** Years from this year on; 1 when absent. */
    years?: number;
    quarterly?: boolean;
    /** In one section 一、重点任务, numbered in order. */
    tasks: readonly TaskSpec[];
  };
  /** Reporting periods of the plan: days from today. */
  periods?: readonly { label: string; startsOn: number; endsOn: number; dueOn: number }[];
  /** One unit's report slot for a task in a period, with its report when it is not open. */
  slots?: readonly SlotSpec[];
}

export interface TaskSpec {
  title: string;
  progress?: number;
  /** Due date: days from today. */
  due?: number;
  deadlineText?: string;
  /** The lead unit (one of `units`). */
  lead?: string;
  /** 交办 to the lead unit this many days from today (with its supervision event); not yet assigned when absent. */
  assigned?: number;
  /** The 责任领导 (a `person` of `accounts`). */
  leader?: string;
}

export interface SlotSpec {
  period: string;
  task: string;
  unit: string;
  status?: "open" | "submitted" | "returned";
  report?: { summary: string; progress?: number; reviewComment?: string };
}

const DAY_MS = 86_400_000;

function find<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`world: unknown ${what} ${key}`);
  return value;
}

export async function buildBureau(owner: PrismaClient, spec: BureauSpec): Promise<void> {
  if (await owner.tenant.findUnique({ where: { code: spec.code } })) return;
  const { id: tenantId } = await owner.tenant.create({ data: { code: spec.code, name: spec.name, kind: spec.kind ?? "bureau" } });
  const today = new Date(new Date().toISOString().slice(0, 10));
  const inDays = (n: number) => new Date(today.getTime() + n * DAY_MS);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = new Map<string, string>();
  for (const a of spec.accounts ?? []) {
    users.set(a.username, (await owner.user.create({ data: { username: a.username, displayName: a.displayName, passwordHash } })).id);
  }
  await openTenantTransaction(owner, { tenantId, userId: null }, async (tx) => {
    const units = new Map<string, string>();
    for (const name of spec.units ?? []) units.set(name, (await tx.orgUnit.create({ data: { tenantId, name, kind: "school" } })).id);
    const people = new Map<string, string>();
    for (const a of spec.accounts ?? []) {
      const userId = users.get(a.username)!;
      await tx.membership.create({ data: { tenantId, userId, role: a.role, orgUnitId: a.unit ? find(units, a.unit, "unit") : null } });
      if (a.person) people.set(a.person, (await tx.person.create({ data: { tenantId, name: a.person, userId } })).id);
    }
    if (!spec.plan) return;
    const year = today.getUTCFullYear();
    const plan = await tx.plan.create({
      data: {
        tenantId,
        title: spec.plan.title,
        startYear: year,
        endYear: year + (spec.plan.years ?? 1) - 1,
        ...(spec.plan.quarterly ? { reportingFrequency: "quarterly" as const } : {}),
      },
    });
    const section = await tx.section.create({ data: { tenantId, planId: plan.id, position: 1, title: "一、重点任务" } });
    const tasks = new Map<string, string>();
    for (const [i, t] of spec.plan.tasks.entries()) {
      const task = await tx.task.create({
        data: {
          tenantId,
          planId: plan.id,
          sectionId: section.id,
          number: i + 1,
          position: i + 1,
          title: t.title,
          status: "in_progress",
          ...(t.progress === undefined ? {} : { progress: t.progress }),
          ...(t.due === undefined ? {} : { dueDate: inDays(t.due) }),
          ...(t.deadlineText ? { deadlineText: t.deadlineText } : {}),
        },
      });
      tasks.set(t.title, task.id);
      if (t.leader) await tx.taskLeader.create({ data: { tenantId, taskId: task.id, personId: find(people, t.leader, "person") } });
      if (!t.lead) continue;
      const orgUnitId = find(units, t.lead, "unit");
      const assignedAt = t.assigned === undefined ? null : inDays(t.assigned);
      await tx.taskUnit.create({ data: { tenantId, taskId: task.id, orgUnitId, role: "lead", assignedAt } });
      if (assignedAt) await tx.supervisionEvent.create({ data: { tenantId, taskId: task.id, orgUnitId, kind: "assigned", createdAt: assignedAt } });
    }
    const periods = new Map<string, { id: string; dueOn: Date }>();
    for (const p of spec.periods ?? []) {
      const period = await tx.reportingPeriod.create({
        data: { tenantId, planId: plan.id, label: p.label, startsOn: inDays(p.startsOn), endsOn: inDays(p.endsOn), dueOn: inDays(p.dueOn) },
      });
      periods.set(p.label, period);
    }
    for (const s of spec.slots ?? []) {
      const period = find(periods, s.period, "period");
      const status = s.status ?? "open";
      const slot = await tx.reportSlot.create({
        data: {
          tenantId,
          periodId: period.id,
          taskId: find(tasks, s.task, "task"),
          orgUnitId: find(units, s.unit, "unit"),
          unitRole: "lead",
          dueOn: period.dueOn,
          status,
        },
      });
      if (status === "open" || !s.report) continue;
      await tx.report.create({
        data: {
          tenantId,
          slotId: slot.id,
          status,
          summary: s.report.summary,
          ...(s.report.progress === undefined ? {} : { progress: s.report.progress }),
          ...(status === "submitted" ? { submittedAt: new Date() } : { reviewComment: s.report.reviewComment ?? null }),
        },
      });
    }
  });
}
