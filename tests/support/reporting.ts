// Set-up for reporting tests: an open period on a demo plan, and the slots of
// the demo reporter's unit.
import { getAuthSession, hasTenant, type TenantSession } from "@/lib/auth/session";
import { openReportingPeriodAction } from "@/lib/reports/actions";
import { ownerDb, signInAs, tenantIdOf } from "./db";

export async function tenantSessionOf(username: string): Promise<TenantSession> {
  await signInAs(username);
  const session = await getAuthSession();
  if (!hasTenant(session)) throw new Error(`${username} has no tenant`);
  return session;
}

/** Opens the current period of the tenant's first plan as its staff user; returns the plan. */
export async function openPeriodFor(code: string, titlePattern: RegExp) {
  const tenantId = await tenantIdOf(code);
  const plan = (await ownerDb().plan.findMany({ where: { tenantId } })).find((p) => titlePattern.test(p.title))!;
  await signInAs(`${code}.staff`);
  const result = await openReportingPeriodAction(null, { planId: plan.id });
  if (!result.ok) throw new Error(result.message);
  return { plan, periodId: result.data.periodId, tenantId };
}

export async function reporterSlots(code: string) {
  const membership = await ownerDb().membership.findFirstOrThrow({ where: { user: { username: `${code}.reporter` } } });
  return ownerDb().reportSlot.findMany({ where: { tenantId: membership.tenantId, orgUnitId: membership.orgUnitId! }, include: { task: true } });
}
