// Demo activity (prisma/seed/demo-activity.ts): reporting history for the four
// demo bureaus, written through the app role under forced RLS, idempotent, and
// the same from the same seed on another fresh copy of the demo world.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { getAuthSession, hasTenant } from "@/lib/auth/session";
import { compareIndicator } from "@/lib/city/compare-indicator";
import { getPrisma } from "@/lib/db/client";
import { dropDatabase, ensureDatabase, withDatabase } from "@/lib/db/provision";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_ACTIVITY_ACTION, DEMO_ACTIVITY_SEED, DEMO_PREFIX, seedDemoActivity } from "@/prisma/seed/demo-activity";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";

const TODAY = new Date("2026-11-23T03:00:00Z");
const BUREAUS = ["helan", "huiji", "jinfeng", "xingqing"];

const iso = (d: Date | null) => (d ? d.toISOString() : "-");

/** Everything the seeder writes, keyed by names rather than ids, per bureau. */
async function projection(db: PrismaClient) {
  const out: Record<string, unknown> = {};
  for (const code of BUREAUS) {
    const tenantId = (await db.tenant.findUniqueOrThrow({ where: { code } })).id;
    const users = new Map((await db.user.findMany({ select: { id: true, username: true } })).map((u) => [u.id, u.username]));
    const who = (id: string | null) => (id ? (users.get(id) ?? "?") : "-");
    const slotKey = (s: { period: { label: string; plan: { title: string } }; task: { position: number; number: number }; orgUnit: { name: string } }) =>
      `${s.period.plan.title}|${s.period.label}|${s.task.position}#${s.task.number}|${s.orgUnit.name}`;
    const slotInclude = { period: { include: { plan: true } }, task: true, orgUnit: true } as const;
    const periods = await db.reportingPeriod.findMany({ where: { tenantId }, include: { plan: true } });
    const slots = await db.reportSlot.findMany({ where: { tenantId }, include: slotInclude });
    const reports = await db.report.findMany({ where: { tenantId }, include: { slot: { include: slotInclude }, events: true } });
    const actuals = await db.indicatorActual.findMany({ where: { tenantId }, include: { indicator: true, period: true } });
    const statusEvents = await db.taskStatusEvent.findMany({ where: { tenantId }, include: { task: { include: { plan: true } } } });
    const tasks = await db.task.findMany({ where: { tenantId }, include: { plan: true } });
    out[code] = {
      periods: periods.map((p) => `${p.plan.title}|${p.label}|${iso(p.dueOn)}`).sort(),
      slots: slots.map((s) => `${slotKey(s)}|${s.unitRole}|${s.status}|${iso(s.overdueMarkedAt)}`).sort(),
      reports: reports
        .map((r) =>
          [
            slotKey(r.slot),
            r.status,
            r.progress,
            r.summary,
            r.problems,
            r.nextSteps,
            r.version,
            who(r.authorUserId),
            who(r.reviewerUserId),
            iso(r.submittedAt),
            iso(r.reviewedAt),
            r.reviewComment,
            r.submitKey,
          ].join("|"),
        )
        .sort(),
      reportEvents: reports
        .flatMap((r) =>
          r.events.map((e) => `${slotKey(r.slot)}|${e.action}|${e.fromStatus}|${e.toStatus}|${who(e.actorUserId)}|${iso(e.createdAt)}|${e.comment}`),
        )
        .sort(),
      actuals: actuals
        .map(
          (a) =>
            `${a.indicator.position}|${a.indicator.name}|${a.period?.label}|${a.value.toString()}|${a.reviewState}|${a.reportId ? "report" : "bureau"}|${iso(a.createdAt)}`,
        )
        .sort(),
      statusEvents: statusEvents
        .map(
          (e) =>
            `${e.task.plan.title}|${e.task.position}#${e.task.number}|${e.fromStatus}>${e.toStatus}|${e.fromProgress}>${e.toProgress}|${iso(e.dueDate)}|${who(e.actorUserId)}|${iso(e.createdAt)}|${e.note}`,
        )
        .sort(),
      tasks: tasks.map((t) => `${t.plan.title}|${t.position}#${t.number}|${t.status}|${t.progress}|${t.version}|${iso(t.dueDate)}`).sort(),
    };
  }
  return out;
}

async function countsOf(code: string) {
  const db = ownerDb();
  const tenantId = await tenantIdOf(code);
  const [periods, reports, reportEvents, actuals, statusEvents] = await Promise.all([
    db.reportingPeriod.count({ where: { tenantId } }),
    db.report.count({ where: { tenantId } }),
    db.reportEvent.count({ where: { tenantId } }),
    db.indicatorActual.count({ where: { tenantId } }),
    db.taskStatusEvent.count({ where: { tenantId } }),
  ]);
  return { periods, reports, reportEvents, actuals, statusEvents };
}

const extraDatabases: { name: string; client: PrismaClient }[] = [];

afterAll(async () => {
  for (const { name, client } of extraDatabases) {
    await client.$disconnect();
    await dropDatabase(inject("adminUrl"), name);
  }
});

describe("demo activity", () => {
  it("runs through the app role under forced RLS and gives every district reports, actuals and task history", async () => {
    const markers = await ownerDb().auditEvent.count({ where: { action: DEMO_ACTIVITY_ACTION } });
    expect(markers, "the test template must be the demo world without demo activity (seedTemplate must not generate it)").toBe(0);
    const app = getPrisma();
    const [role] = await app.$queryRaw<{ rolsuper: boolean; rolbypassrls: boolean }[]>`
      SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`;
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const [forced] = await app.$queryRaw<{ forced: boolean }[]>`SELECT relforcerowsecurity AS forced FROM pg_class WHERE relname = 'reports'`;
    expect(forced!.forced).toBe(true);

    const started = Date.now();
    const summary = await seedDemoActivity(app, { today: TODAY });
    const elapsed = Date.now() - started;
    expect(summary.seeded.sort()).toEqual(BUREAUS);
    expect(elapsed).toBeLessThan(20_000);
    console.log(`demo activity in ${elapsed} ms`, JSON.stringify(summary.counts));

    for (const code of BUREAUS) {
      const counts = await countsOf(code);
      expect(counts.periods, code).toBeGreaterThan(0);
      expect(counts.statusEvents, code).toBeGreaterThan(0);
      expect(counts.actuals, code).toBeGreaterThan(0);
      const tenantId = await tenantIdOf(code);
      expect(await ownerDb().indicatorActual.count({ where: { tenantId, reviewState: "approved" } }), code).toBeGreaterThan(0);
      // Task outcomes: about 30% completed and 10% delayed, the rest under way.
      const tasks = await ownerDb().task.groupBy({ by: ["status"], where: { tenantId }, _count: true });
      const byStatus = Object.fromEntries(tasks.map((t) => [t.status, t._count]));
      const total = tasks.reduce((n, t) => n + t._count, 0);
      expect(byStatus.not_started ?? 0, code).toBe(0);
      expect((byStatus.completed ?? 0) / total, code).toBeGreaterThan(0.2);
      expect((byStatus.completed ?? 0) / total, code).toBeLessThan(0.4);
      expect(byStatus.delayed ?? 0, code).toBeGreaterThan(0);
      expect(byStatus.in_progress ?? 0, code).toBeGreaterThan(total / 2);
    }
    // Only jinfeng's work points and helan's action plan name reporting units.
    for (const code of ["jinfeng", "helan"]) {
      const tenantId = await tenantIdOf(code);
      const statuses = (await ownerDb().report.groupBy({ by: ["status"], where: { tenantId }, _count: true })).map((g) => g.status).sort();
      expect(statuses, code).toEqual(["approved", "draft", "returned", "submitted"]);
      expect(await ownerDb().reportSlot.count({ where: { tenantId, status: "open", overdueMarkedAt: { not: null } } }), code).toBeGreaterThan(0);
      expect(await ownerDb().indicatorActual.count({ where: { tenantId, reviewState: "pending", reportId: { not: null } } }), code).toBeGreaterThan(0);
      expect(await ownerDb().reportEvent.count({ where: { tenantId, action: "resubmit" } }), code).toBeGreaterThan(0);
    }
    for (const code of ["xingqing", "huiji"]) {
      const tenantId = await tenantIdOf(code);
      expect(await ownerDb().reportSlot.count({ where: { tenantId } }), code).toBe(0);
      expect(await ownerDb().indicatorActual.count({ where: { tenantId, reportId: { not: null } } }), code).toBe(0);
    }
  });

  it("confirms one indicator per 口径 in each district, so the city's comparison has districts to compare (it read 无数据 for all)", async () => {
    const confirmed = await ownerDb().indicator.groupBy({ by: ["tenantId", "definitionId"], where: { mappingState: "confirmed" }, _count: true });
    expect(confirmed.length).toBeGreaterThan(0);
    for (const group of confirmed) expect(group._count).toBe(1);
    await signInAs("yinchuan.viewer");
    const session = await getAuthSession();
    if (!hasTenant(session)) throw new Error("yinchuan.viewer has no tenant");
    const compared = await compareIndicator(session, "preschool-inclusive-coverage");
    expect(compared.districts.filter((d) => d.latest !== null).map((d) => d.tenant.code)).toEqual(["helan", "xingqing"]);
  });

  it("keeps the histories consistent: events in order within each period, actuals toward their targets", async () => {
    const db = ownerDb();
    const reports = await db.report.findMany({
      include: { events: { orderBy: { createdAt: "asc" } }, slot: { include: { period: true } } },
    });
    for (const r of reports) {
      const last = r.events[r.events.length - 1]!;
      expect(last.toStatus).toBe(r.status);
      expect(r.events[0]!.action).toBe("create");
      for (let i = 1; i < r.events.length; i++) {
        expect(r.events[i]!.fromStatus).toBe(r.events[i - 1]!.toStatus);
        expect(r.events[i]!.createdAt.getTime()).toBeGreaterThan(r.events[i - 1]!.createdAt.getTime());
      }
      expect(r.events[0]!.createdAt.getTime()).toBeGreaterThan(r.slot.period.startsOn.getTime());
      expect(last.createdAt.getTime()).toBeLessThan(TODAY.getTime());
      expect(r.slot.status === r.status || (r.status === "draft" && r.slot.status === "draft")).toBe(true);
    }
    // Task histories chain from not_started, in time order, and end where the task row is.
    const tasks = await db.task.findMany({ include: { statusEvents: { orderBy: { createdAt: "asc" } } } });
    for (const t of tasks) {
      if (!t.statusEvents.length) continue;
      expect(t.statusEvents[0]!.fromStatus).toBe("not_started");
      for (let i = 1; i < t.statusEvents.length; i++) {
        expect(t.statusEvents[i]!.fromStatus).toBe(t.statusEvents[i - 1]!.toStatus);
        expect(t.statusEvents[i]!.fromProgress).toBe(t.statusEvents[i - 1]!.toProgress);
        expect(t.statusEvents[i]!.toProgress).toBeGreaterThanOrEqual(t.statusEvents[i - 1]!.toProgress);
      }
      expect(t.statusEvents.at(-1)!.toStatus).toBe(t.status);
      expect(t.statusEvents.at(-1)!.toProgress).toBe(t.progress);
      expect(t.statusEvents.at(-1)!.createdAt.getTime()).toBeLessThan(TODAY.getTime());
    }
    // An approved report's progress never exceeds its task's.
    const approved = await db.report.findMany({ where: { status: "approved" }, include: { slot: { include: { task: true } } } });
    for (const r of approved) expect(r.progress).toBeLessThanOrEqual(r.slot.task.progress);
    // 近视率下降0.5个百分点 (a "change" target below zero) moves down, not up.
    const myopia = await db.indicator.findFirstOrThrow({ where: { name: { contains: "近视率" } }, include: { actuals: { orderBy: { asOf: "asc" } } } });
    expect(myopia.actuals.length).toBeGreaterThan(0);
    for (const a of myopia.actuals) expect(Number(a.value)).toBeLessThanOrEqual(0);
    expect(Number(myopia.actuals.at(-1)!.value)).toBeLessThan(Number(myopia.actuals[0]!.value) + 0.05);
    // A baseline-and-target indicator sits between them.
    const enrolment = await db.indicator.findFirstOrThrow({ where: { name: "公办学前教育覆盖率" }, include: { actuals: { orderBy: { asOf: "asc" } } } });
    for (const a of enrolment.actuals) {
      expect(Number(a.value)).toBeGreaterThan(40);
      expect(Number(a.value)).toBeLessThan(55);
    }
  });

  it("is marked as demo data everywhere it writes text, with one audit event per district", async () => {
    const db = ownerDb();
    const reports = await db.report.findMany({ select: { summary: true } });
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.filter((r) => !r.summary.startsWith(DEMO_PREFIX))).toEqual([]);
    const notes = await db.taskStatusEvent.findMany({ select: { note: true } });
    expect(notes.filter((n) => !n.note?.startsWith(DEMO_PREFIX))).toEqual([]);
    for (const code of BUREAUS) {
      const events = await db.auditEvent.findMany({ where: { tenantId: await tenantIdOf(code), action: DEMO_ACTIVITY_ACTION } });
      expect(events, code).toHaveLength(1);
      expect(events[0]!.after).toMatchObject({ seed: DEMO_ACTIVITY_SEED, summaryPrefix: DEMO_PREFIX, generatedAt: expect.any(String) });
    }
  });

  it("gives the demo reporter's unit one answered and one awaiting 督办单 (where a task names it), numbered 1 and 2 of the year, with their events", async () => {
    const db = ownerDb();
    const withSlips: string[] = [];
    for (const code of BUREAUS) {
      const tenantId = await tenantIdOf(code);
      const reporter = await db.membership.findFirstOrThrow({ where: { tenantId, user: { username: `${code}.reporter` } } });
      if (!(await db.taskUnit.findFirst({ where: { tenantId, orgUnitId: reporter.orgUnitId! } }))) {
        expect(await db.supervisionSlip.count({ where: { tenantId } }), code).toBe(0);
        continue;
      }
      withSlips.push(code);
      const slips = await db.supervisionSlip.findMany({ where: { tenantId }, orderBy: { number: "asc" } });
      expect(
        slips.map((s) => [s.year, s.number, s.orgUnitId, s.repliedAt !== null]),
        code,
      ).toEqual([
        [2026, 1, reporter.orgUnitId, true],
        [2026, 2, reporter.orgUnitId, false],
      ]);
      expect(slips.every((s) => s.body.startsWith(DEMO_PREFIX) && (s.reply === null || s.reply.startsWith(DEMO_PREFIX)))).toBe(true);
      expect((await db.supervisionEvent.findMany({ where: { tenantId, slipId: { not: null } }, orderBy: { createdAt: "asc" } })).map((e) => e.kind)).toEqual([
        "slip_issued",
        "slip_replied",
        "slip_issued",
      ]);
    }
    expect(withSlips).toContain("jinfeng");
  });

  it("keeps every row in its own tenant", async () => {
    const db = ownerDb();
    const [crossing] = await db.$queryRaw<{ n: number }[]>`
      SELECT (
        (SELECT count(*) FROM reports r JOIN report_slots s ON s.id = r.slot_id WHERE s.tenant_id <> r.tenant_id)
      + (SELECT count(*) FROM report_slots s JOIN reporting_periods p ON p.id = s.period_id JOIN tasks t ON t.id = s.task_id
           WHERE p.tenant_id <> s.tenant_id OR t.tenant_id <> s.tenant_id OR t.plan_id <> p.plan_id)
      + (SELECT count(*) FROM indicator_actuals a JOIN indicators i ON i.id = a.indicator_id JOIN reporting_periods p ON p.id = a.period_id
           WHERE i.tenant_id <> a.tenant_id OR p.tenant_id <> a.tenant_id OR p.plan_id <> i.plan_id)
      + (SELECT count(*) FROM indicator_actuals a JOIN reports r ON r.id = a.report_id JOIN report_slots s ON s.id = r.slot_id
           WHERE s.period_id <> a.period_id OR r.tenant_id <> a.tenant_id)
      -- every actor, author, reviewer and enterer is a member of the row's tenant
      + (SELECT count(*) FROM report_events e WHERE e.actor_user_id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.tenant_id = e.tenant_id AND m.user_id = e.actor_user_id))
      + (SELECT count(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.tenant_id = r.tenant_id AND m.user_id = r.author_user_id))
      + (SELECT count(*) FROM reports r WHERE r.reviewer_user_id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.tenant_id = r.tenant_id AND m.user_id = r.reviewer_user_id))
      + (SELECT count(*) FROM indicator_actuals a
           WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.tenant_id = a.tenant_id AND m.user_id = a.entered_by_id))
      + (SELECT count(*) FROM task_status_events e
           WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.tenant_id = e.tenant_id AND m.user_id = e.actor_user_id))
      )::int AS n`;
    expect(crossing!.n).toBe(0);

    // Through the app role, a district sees exactly its own demo rows.
    const jinfeng = await tenantIdOf("jinfeng");
    const helan = await tenantIdOf("helan");
    const seen = await openTenantTransaction(getPrisma(), { tenantId: jinfeng, userId: null }, async (tx) => ({
      own: await tx.report.count(),
      foreign: await tx.report.count({ where: { tenantId: helan } }),
      actuals: await tx.indicatorActual.count(),
    }));
    expect(seen).toEqual({ own: (await countsOf("jinfeng")).reports, foreign: 0, actuals: (await countsOf("jinfeng")).actuals });
  });

  it("adds nothing when run again, as owner or as the app role", async () => {
    const before = await projection(ownerDb());
    const again = await seedDemoActivity(ownerDb(), { today: TODAY });
    expect(again.seeded).toEqual([]);
    expect(again.skipped.sort()).toEqual(BUREAUS);
    expect(await seedDemoActivity(getPrisma(), { today: new Date("2027-03-01T00:00:00Z") })).toMatchObject({ seeded: [] });
    expect(await projection(ownerDb())).toEqual(before);
  });

  it("skips a district that already has reporting periods of its own", async () => {
    const name = `eduplan_t_${randomBytes(5).toString("hex")}`;
    await ensureDatabase(inject("adminUrl"), name, inject("templateDb"));
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: withDatabase(inject("adminUrl"), name), max: 2 }) });
    extraDatabases.push({ name, client });
    const helan = (await client.tenant.findUniqueOrThrow({ where: { code: "helan" } })).id;
    const plan = await client.plan.findFirstOrThrow({ where: { tenantId: helan } });
    await client.reportingPeriod.create({
      data: {
        tenantId: helan,
        planId: plan.id,
        label: "2026年第4季度",
        startsOn: new Date("2026-10-01"),
        endsOn: new Date("2026-12-31"),
        dueOn: new Date("2027-01-05"),
      },
    });
    const summary = await seedDemoActivity(client, { today: TODAY });
    expect(summary.skipped).toEqual(["helan"]);
    expect(await client.report.count({ where: { tenantId: helan } })).toBe(0);
    expect(await client.auditEvent.count({ where: { tenantId: helan, action: DEMO_ACTIVITY_ACTION } })).toBe(0);
  });

  it("produces identical content from the same seed on another fresh copy of the demo world", async () => {
    const name = `eduplan_t_${randomBytes(5).toString("hex")}`;
    await ensureDatabase(inject("adminUrl"), name, inject("templateDb"));
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: withDatabase(inject("adminUrl"), name), max: 2 }) });
    extraDatabases.push({ name, client });
    const summary = await seedDemoActivity(client, { today: TODAY });
    expect(summary.seeded.sort()).toEqual(BUREAUS);
    const first = await projection(ownerDb());
    const second = await projection(client);
    expect(second).toEqual(first);
    // And the projection is not trivially empty.
    const jinfeng = first.jinfeng as { reports: string[]; actuals: string[] };
    expect(jinfeng.reports.length).toBeGreaterThan(100);
    expect(jinfeng.actuals.length).toBeGreaterThan(10);
  });
});
