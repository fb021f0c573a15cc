// Loads the demo world idempotently: a second run creates nothing and changes
// nothing a user may have edited (existing accounts keep their passwords).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import { DEMO_TENANTS } from "./demo-world";
import { seedDemoActivity } from "./demo-activity";
import { seedDemoPlans } from "./demo-plans";
import { seedIndicatorCatalogue } from "@/lib/indicators/seed-catalogue";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";

/** Stands in for a leader in plans that name none, so the leader account has someone to be. */
const PLACEHOLDER_LEADER = "演示分管领导";

export interface SeedSummary {
  tenantsCreated: number;
  usersCreated: number;
  plansImported: number;
}

/**
 * `activity` adds two years of generated (fixed-seed, marked 【演示数据】) reports,
 * reviews, status history and actuals; the app's demo wants it, the tests' fixtures do not.
 */
export async function seedDemo(db: PrismaClient, log: (line: string) => void = () => {}, options: { activity?: boolean } = {}): Promise<SeedSummary> {
  const summary: SeedSummary = { tenantsCreated: 0, usersCreated: 0, plansImported: 0 };
  const tenantIds = new Map<string, string>();
  for (const t of DEMO_TENANTS) {
    const parentId = t.parentCode ? (tenantIds.get(t.parentCode) ?? null) : null;
    const existing = await db.tenant.findUnique({ where: { code: t.code } });
    const tenant = existing ?? (await db.tenant.create({ data: { code: t.code, name: t.name, kind: t.kind, parentId } }));
    if (!existing) summary.tenantsCreated++;
    tenantIds.set(t.code, tenant.id);
    await openTenantTransaction(db, { tenantId: tenant.id, userId: null }, async (tx) => {
      await tx.orgUnit.createMany({ data: t.units.map((u) => ({ tenantId: tenant.id, name: u.name, kind: u.kind })), skipDuplicates: true });
      await tx.person.createMany({ data: t.leaders.map((name) => ({ tenantId: tenant.id, name })), skipDuplicates: true });
    });
  }
  // The catalogue first, so imported indicators get their 口径 suggestions; plans
  // before accounts, so the demo leader and reporter can be the busiest ones.
  await seedIndicatorCatalogue(db);
  summary.plansImported = await seedDemoPlans(db);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    let user = await db.user.findUnique({ where: { username: u.username } });
    if (!user) {
      user = await db.user.create({
        data: { username: u.username, displayName: u.displayName, passwordHash, isPlatformAdmin: u.role === "platform_admin" },
      });
      summary.usersCreated++;
    }
    if (!u.tenantCode) continue;
    const tenantId = tenantIds.get(u.tenantCode)!;
    const userId = user.id;
    await openTenantTransaction(db, { tenantId, userId }, async (tx) => {
      const existing = await tx.membership.findUnique({ where: { tenantId_userId: { tenantId, userId } } });
      if (existing) return;
      const orgUnitId = u.role === "unit_reporter" ? await pickReporterUnit(tx, tenantId) : null;
      await tx.membership.create({ data: { tenantId, userId, role: u.role, orgUnitId } });
      if (u.role === "leader") await linkLeader(tx, tenantId, userId);
    });
  }
  if (options.activity) await seedDemoActivity(db, { log });
  log(
    summary.tenantsCreated || summary.usersCreated || summary.plansImported
      ? `已载入演示数据：新建 ${summary.tenantsCreated} 个租户、${summary.usersCreated} 个账号、${summary.plansImported} 份规划`
      : "演示数据已存在，未重复创建",
  );
  return summary;
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** The department or school named in most tasks (a group such as 各中小学校 cannot report). */
async function pickReporterUnit(tx: Tx, tenantId: string): Promise<string | null> {
  const units = await tx.orgUnit.findMany({
    where: { tenantId, kind: { in: ["school", "kindergarten", "department"] } },
    select: { id: true, _count: { select: { taskUnits: true } } },
    orderBy: { name: "asc" },
  });
  units.sort((a, b) => b._count.taskUnits - a._count.taskUnits);
  return units[0]?.id ?? (await tx.orgUnit.findFirst({ where: { tenantId }, orderBy: { name: "asc" } }))?.id ?? null;
}

/** The leader named in most tasks; plans that name none get a placeholder person. */
async function linkLeader(tx: Tx, tenantId: string, userId: string): Promise<void> {
  const people = await tx.person.findMany({ where: { tenantId, userId: null }, select: { id: true, _count: { select: { taskLeaders: true } } } });
  people.sort((a, b) => b._count.taskLeaders - a._count.taskLeaders);
  const person = people[0] ?? (await tx.person.create({ data: { tenantId, name: PLACEHOLDER_LEADER } }));
  await tx.person.update({ where: { id: person.id }, data: { userId } });
}
