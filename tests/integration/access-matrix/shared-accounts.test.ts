// Holes found while building the access matrix, kept as tests once closed.
// While a hole is open its test is marked it.fails (closing it then fails the
// run, and `it.fails` becomes `it`).
import { describe, expect, it } from "vitest";
import { resetMemberPasswordAction, setMemberActiveAction } from "@/lib/members/actions";
import { SHARED_ACCOUNT_MESSAGE } from "@/lib/members/manage-members";
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
  it("cannot have their password reset by the admin of only one of them (the admin would sign in as them in the other)", async () => {
    const { user, staffInJinfeng } = await sharedUser();
    await signInAs("jinfeng.admin");
    const result = await resetMemberPasswordAction(null, { membershipId: staffInJinfeng.id, password: "taken-over-1" });
    expect(result).toMatchObject({ ok: false, message: SHARED_ACCOUNT_MESSAGE });
    expect((await ownerDb().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe("unchanged");
  });

  it("cannot be deactivated everywhere by the admin of only one of them", async () => {
    const { user, staffInJinfeng } = await sharedUser();
    await signInAs("jinfeng.admin");
    const result = await setMemberActiveAction(null, { membershipId: staffInJinfeng.id, active: "false" });
    expect(result).toMatchObject({ ok: false, message: SHARED_ACCOUNT_MESSAGE });
    expect((await ownerDb().user.findUniqueOrThrow({ where: { id: user.id } })).isActive).toBe(true);
  });
});
