import { describe, expect, it } from "vitest";
import { tenantAction } from "@/lib/auth/action";
import { can, ALL_PERMISSIONS, isWritePermission } from "@/lib/auth/permissions";
import { getAuthSession, hasTenant, type TenantSession } from "@/lib/auth/session";
import { listChildTenants, withChildTenant, withChildTenants, withTenant } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import { createMemberAction } from "@/lib/members/actions";
import { getTenantSummary } from "@/lib/tenants/tenant-summary";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";
import { z } from "zod";

async function cityViewer(username = "yinchuan.viewer"): Promise<TenantSession> {
  await signInAs(username);
  const session = await getAuthSession();
  if (!hasTenant(session)) throw new Error("no tenant");
  return session;
}

describe("city viewer", () => {
  it("lists exactly its child districts from the tenant hierarchy", async () => {
    const yinchuan = await cityViewer();
    expect((await listChildTenants(yinchuan)).map((c) => c.code)).toEqual(["helan", "jinfeng", "xingqing"]);
    const zhengzhou = await cityViewer("zhengzhou.viewer");
    expect((await listChildTenants(zhengzhou)).map((c) => c.code)).toEqual(["huiji"]);
  });

  it("reads a child's data through the explicit child path", async () => {
    const session = await cityViewer();
    const summary = await withChildTenant(session, "helan", (tx, child) => getTenantSummary(tx, child.id));
    expect(summary.units).toBe(await ownerDb().orgUnit.count({ where: { tenantId: await tenantIdOf("helan") } }));
  });

  it("cannot reach a district of another city, nor its own tenant's siblings by code", async () => {
    const session = await cityViewer();
    await expect(withChildTenant(session, "huiji", async () => "read")).rejects.toBeInstanceOf(NotFoundError);
    await expect(withChildTenant(session, "zhengzhou", async () => "read")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a bureau user has no child path", async () => {
    await signInAs("jinfeng.admin");
    const session = (await getAuthSession()) as TenantSession;
    expect(await listChildTenants(session)).toEqual([]);
    await expect(withChildTenant(session, "xingqing", async () => "read")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("never writes: child and own transactions are read-only in the database", async () => {
    const session = await cityViewer();
    const helan = await tenantIdOf("helan");
    await expect(
      withChildTenant(session, "helan", (tx) => tx.orgUnit.create({ data: { tenantId: helan, name: "市级写入测试", kind: "department" } })),
    ).rejects.toThrow(/read-only transaction/);
    await expect(
      withTenant(session, (tx) => tx.orgUnit.create({ data: { tenantId: session.tenant.tenantId, name: "市级写入测试", kind: "department" } })),
    ).rejects.toThrow(/read-only transaction/);
    expect(await ownerDb().orgUnit.count({ where: { name: "市级写入测试" } })).toBe(0);
  });

  it("holds no write permission, and write actions refuse it", async () => {
    for (const permission of ALL_PERMISSIONS.filter(isWritePermission)) expect(can("city_viewer", permission)).toBe(false);
    await cityViewer();
    const result = await createMemberAction(null, { username: "city.sneak", displayName: "越权", role: "bureau_staff" });
    expect(result).toEqual({ ok: false, message: "您没有执行此操作的权限" });
    // Even a handler wrongly granted to it would run read-only.
    const sneaky = tenantAction({ permission: "tenant:read", schema: z.object({}) }, ({ tx, session }) =>
      tx.orgUnit.create({ data: { tenantId: session.tenant.tenantId, name: "只读事务测试", kind: "department" } }),
    );
    expect(await sneaky({})).toEqual({ ok: false, message: "操作失败，请稍后重试" });
    expect(await ownerDb().user.count({ where: { username: "city.sneak" } })).toBe(0);
    expect(await ownerDb().orgUnit.count({ where: { name: "只读事务测试" } })).toBe(0);
  });

  it("reads all its districts in one read-only query, and nothing outside the city", async () => {
    const session = await cityViewer();
    const seen = await withChildTenants(session, async (tx) => {
      const rows = await tx.plan.findMany({ select: { tenantId: true } });
      return new Set(rows.map((r) => r.tenantId));
    });
    expect([...seen].sort()).toEqual([await tenantIdOf("helan"), await tenantIdOf("jinfeng"), await tenantIdOf("xingqing")].sort());
    const helan = await tenantIdOf("helan");
    await expect(
      withChildTenants(session, (tx) => tx.orgUnit.create({ data: { tenantId: helan, name: "城市批量写入测试", kind: "department" } })),
    ).rejects.toThrow(/read-only transaction/);
    await signInAs("jinfeng.admin");
    const bureau = (await getAuthSession()) as TenantSession;
    const bureauSees = await withChildTenants(bureau, (tx) => tx.plan.findMany({ select: { tenantId: true } }));
    expect(new Set(bureauSees.map((r) => r.tenantId))).toEqual(new Set([await tenantIdOf("jinfeng")]));
  });
});
