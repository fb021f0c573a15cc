// The menu's facts (消息 and 审核 badges, the unit a reporter fills in for), read by the layout
// on every page in one statement: each as its own query would answer, and only the active
// tenant's.
import { describe, expect, it } from "vitest";
import { readTenant } from "@/lib/db/tenant-scope";
import { countUnread } from "@/lib/inbox/unread-count";
import { readNavFacts } from "@/lib/navigation/read-nav-facts";
import { staffQueueCounts } from "@/lib/supervision/queries/staff-queue-counts";
import { ownerDb, tenantIdOf } from "@/tests/support/db";
import { tenantSessionOf } from "@/tests/support/reporting";

describe("the menu's facts", () => {
  it("count the caller's unread messages of the active tenant only, and the reports waiting for review", async () => {
    const staff = await tenantSessionOf("jinfeng.staff");
    const before = await readTenant(staff, (tx) => readNavFacts(tx, staff));
    const db = ownerDb();
    // One unread here, one read here, one unread for the same person in another bureau.
    const elsewhere = await tenantIdOf("helan");
    await db.inboxMessage.createMany({
      data: [
        { tenantId: staff.tenant.tenantId, userId: staff.userId, kind: "urge", title: "菜单测试：未读" },
        { tenantId: staff.tenant.tenantId, userId: staff.userId, kind: "urge", title: "菜单测试：已读", readAt: new Date() },
        { tenantId: elsewhere, userId: staff.userId, kind: "urge", title: "菜单测试：他局" },
      ],
    });
    try {
      const after = await readTenant(staff, (tx) => readNavFacts(tx, staff));
      expect(after).toEqual({ ...before, unread: before.unread + 1 });
      expect(after.unread).toBe(await readTenant(staff, (tx) => countUnread(tx, staff)));
      expect(after.toReview).toBe((await readTenant(staff, (tx) => staffQueueCounts(tx, staff.tenant.tenantId))).toReview);
      expect(after.unitName).toBeNull();
    } finally {
      await db.inboxMessage.deleteMany({ where: { userId: staff.userId, title: { startsWith: "菜单测试" } } });
    }
  });

  it("name a unit reporter's unit, and show them no review count", async () => {
    const reporter = await tenantSessionOf("jinfeng.reporter");
    const unit = await ownerDb().orgUnit.findUniqueOrThrow({ where: { id: reporter.tenant.orgUnitId! } });
    expect(await readTenant(reporter, (tx) => readNavFacts(tx, reporter))).toMatchObject({ toReview: 0, unitName: unit.name });
  });
});
