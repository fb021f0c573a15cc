// Holes found while building the access matrix and left for the owners of the
// code to decide on. Each test states the behaviour we want and is marked
// it.fails while the hole is open: closing the hole makes the test pass,
// which fails the run — then turn `it.fails` into `it`.
import { describe, expect, it } from "vitest";
import { resetMemberPasswordAction, setMemberActiveAction } from "@/lib/members/actions";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";

async function sharedUser() {
  const db = ownerDb();
  const user = await db.user.create({ data: { username: `matrix.shared.${Date.now()}`, displayName: "两地成员", passwordHash: "unchanged" } });
  const staffInJinfeng = await db.membership.create({ data: { tenantId: await tenantIdOf("jinfeng"), userId: user.id, role: "bureau_staff" } });
  await db.membership.create({ data: { tenantId: await tenantIdOf("xingqing"), userId: user.id, role: "bureau_admin" } });
  return { user, staffInJinfeng };
}

// The account (users row) is global while a bureau admin manages memberships of
// one tenant: manage-members.ts changes the password and is_active of the user
// behind the membership, whatever other tenants the user also belongs to.
describe("a user who belongs to two tenants (the tenant switcher's case)", () => {
  it.fails("cannot have their password reset by the admin of only one of them (the admin would sign in as them in the other)", async () => {
    const { user, staffInJinfeng } = await sharedUser();
    await signInAs("jinfeng.admin");
    await resetMemberPasswordAction(null, { membershipId: staffInJinfeng.id, password: "taken-over-1" });
    expect((await ownerDb().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe("unchanged");
  });

  it.fails("cannot be deactivated everywhere by the admin of only one of them", async () => {
    const { user, staffInJinfeng } = await sharedUser();
    await signInAs("jinfeng.admin");
    await setMemberActiveAction(null, { membershipId: staffInJinfeng.id, active: "false" });
    expect((await ownerDb().user.findUniqueOrThrow({ where: { id: user.id } })).isActive).toBe(true);
  });
});
