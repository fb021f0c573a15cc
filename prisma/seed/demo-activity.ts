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
// The activity itself is simulated by lib/simulation (shared with the
// benchmark province); ./demo-activity-plan.ts opens each plan's periods and
// slots through the app's own openReportingPeriod and writes the result with
// createMany inside one tenant-scoped transaction per tenant, so row-level
// security applies exactly as for the app.

import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openTenantTransaction, type Tx } from "@/lib/db/tenant-scope";
import { todayInChina } from "@/lib/reports/periods";
import { DEMO_PREFIX } from "@/lib/simulation/profiles";
import { DEMO_ACTIVITY_SEED, seedDemoPlan, type Actors } from "./demo-activity-plan";
import { byCodePoint } from "./demo-activity-read";
import type { DemoActivityCounts } from "./demo-activity-writes";
import { seedDemoSlips } from "./demo-slips";
import { seedDemoSupervision } from "./demo-supervision";
import { DEMO_TENANTS } from "./demo-world";

export { DEMO_ACTIVITY_SEED, DEMO_PREFIX, type DemoActivityCounts };
export const DEMO_ACTIVITY_ACTION = "demo.activity";

export interface DemoActivityOptions {
  /** The real date the demo is generated for (default: now); only its calendar date in China counts. */
  today?: Date;
  log?: (line: string) => void;
}

export interface DemoActivitySummary {
  /** Tenant codes that got demo activity now. */
  seeded: string[];
  /** Tenant codes left alone: activity or reporting periods already there, or no staff account yet. */
  skipped: string[];
  counts: Record<string, DemoActivityCounts>;
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

/**
 * The city compares its districts on confirmed 口径 only (decision 0037): with
 * every import's suggestion left unconfirmed, the demo city's comparison read
 * 无数据 for every district. A bureau's admin confirms them on 指标口径; the demo
 * confirms one indicator per definition, the one with the most approved values,
 * so no two of a district's values for one definition disagree (report once).
 */
async function confirmDemoMappings(tx: Tx, tenantId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE indicators SET mapping_state = 'confirmed'
    WHERE tenant_id = ${tenantId}::uuid AND id IN (
      SELECT DISTINCT ON (i.definition_id) i.id
      FROM indicators i LEFT JOIN indicator_actuals a ON a.tenant_id = i.tenant_id AND a.indicator_id = i.id AND a.review_state = 'approved'
      WHERE i.tenant_id = ${tenantId}::uuid AND i.mapping_state = 'suggested' AND i.definition_id IS NOT NULL
      GROUP BY i.id, i.definition_id
      ORDER BY i.definition_id, count(a.id) DESC, i.id)
      AND NOT EXISTS (SELECT 1 FROM indicators c WHERE c.tenant_id = ${tenantId}::uuid AND c.definition_id = indicators.definition_id AND c.mapping_state = 'confirmed')`;
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
  const staff = (members.find((m) => m.role === "bureau_staff") ?? members.find((m) => m.role === "bureau_admin"))?.userId;
  // Called before the demo accounts exist: leave the tenant for a later run rather than write ownerless history.
  if (!staff) return "no-accounts";
  const actors: Actors = {
    staff,
    reporterByUnit: new Map(members.filter((m) => m.role === "unit_reporter" && m.orgUnitId).map((m) => [m.orgUnitId!, m.userId])),
  };

  const counts: DemoActivityCounts = { periods: 0, slots: 0, reports: 0, reportEvents: 0, actuals: 0, statusEvents: 0, tasks: 0 };
  const plans = await tx.plan.findMany({
    where: { tenantId },
    select: { id: true, title: true, startYear: true, endYear: true, reportingFrequency: true },
    orderBy: [{ title: "asc" }, { startYear: "asc" }],
  });
  for (const plan of plans) await seedDemoPlan(tx, code, tenantId, plan, today, actors, counts);
  await seedDemoSlips(tx, tenantId, today, actors);
  await seedDemoSupervision(tx, tenantId, today, actors);
  await confirmDemoMappings(tx, tenantId);

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
