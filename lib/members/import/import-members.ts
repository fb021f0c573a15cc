// Writes a judged members sheet into one tenant, in one transaction: each row
// is answered on its own (created / updated / refused with its reason), good
// rows are written even when others are refused, and an account already in
// the bureau is updated rather than duplicated. A new account gets a one-time
// password, returned here and nowhere else (it is never stored in clear), and
// must change it at first sign-in.
//
// Runs both as a bureau admin's action (app role, users behind RLS) and as the
// operator's command (owner connection, scoped by openTenantTransaction), so
// it decides "taken by another bureau" by the insert itself: ON CONFLICT DO
// NOTHING answers 0 rows whether or not the other account is visible.
import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { generateOneTimePassword } from "@/lib/auth/one-time-password";
import { hashPassword } from "@/lib/auth/password";
import type { Tx } from "@/lib/db/tenant-scope";
import { isUniqueViolation } from "@/lib/members/manage-members";
import { setPersonUser } from "@/lib/org/link-leader";
import { normalisePersonName } from "@/lib/org/person-name";
import { guessUnitKind } from "@/lib/plans/import/classify";
import { judgeMemberRow, refuseDuplicates, ROW_MESSAGES, type MemberDraft } from "./judge-member-row";
import type { MemberSheetRow } from "./read-members-sheet";

export type MemberImportOutcome = "created" | "updated" | "refused";

export interface MemberImportResult {
  row: number;
  username: string;
  result: MemberImportOutcome;
  reason?: string;
  /** Only for a created account: its one-time password, shown to the admin once. */
  password?: string;
}

type Existing = Awaited<ReturnType<typeof loadExisting>>[number];

async function loadExisting(tx: Tx, tenantId: string, usernames: string[]) {
  return tx.membership.findMany({
    where: { tenantId, user: { username: { in: usernames } } },
    select: {
      id: true,
      userId: true,
      role: true,
      orgUnitId: true,
      user: { select: { username: true, displayName: true, phone: true, email: true, isPlatformAdmin: true } },
    },
  });
}

/** Which of these accounts also belong to another tenant (migration shared_account_guard): one statement for all. */
async function sharedAccounts(tx: Tx, tenantId: string, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT u.id::text AS id FROM unnest(${userIds}::uuid[]) AS u(id) WHERE user_belongs_elsewhere(u.id, ${tenantId}::uuid)`;
  return new Set(rows.map((r) => r.id));
}

/** Units and people by name, created on first use (so a refused row creates neither). */
function namedRows(tx: Tx, tenantId: string, units: { id: string; name: string }[], people: { id: string; name: string; userId: string | null }[]) {
  const unitIds = new Map(units.map((u) => [u.name, u.id]));
  const byName = new Map(people.map((p) => [normalisePersonName(p.name), p]));
  return {
    async unitId(name: string): Promise<string> {
      const known = unitIds.get(name);
      if (known) return known;
      const unit = await tx.orgUnit.create({ data: { tenantId, name, kind: guessUnitKind(name) }, select: { id: true } });
      unitIds.set(name, unit.id);
      return unit.id;
    },
    async person(name: string) {
      const known = byName.get(name);
      if (known) return known;
      const person = await tx.person.create({ data: { tenantId, name }, select: { id: true, name: true, userId: true } });
      byName.set(name, person);
      return person;
    },
  };
}

type Named = ReturnType<typeof namedRows>;

async function linkLeaders(tx: Tx, actor: AuditActor, named: Named, userId: string, names: string[]) {
  for (const name of names) {
    const person = await named.person(name);
    await setPersonUser(tx, actor, person, userId);
    person.userId = userId;
  }
}

/**
 * The new row is not this tenant's member until its membership exists, so it
 * cannot be read back: no RETURNING, and no ON CONFLICT either (under RLS it
 * must see the row it conflicts with). A savepoint keeps a taken username
 * from aborting the whole import: the row is refused, the others go on.
 */
async function insertUser(tx: Tx, userId: string, draft: MemberDraft, passwordHash: string): Promise<boolean> {
  await tx.$executeRaw`SAVEPOINT member_import_row`;
  try {
    await tx.$executeRaw`
      INSERT INTO users (id, username, display_name, password_hash, must_change_password, phone, email, updated_at)
      VALUES (${userId}::uuid, ${draft.username}, ${draft.displayName}, ${passwordHash}, true, ${draft.phone ?? null}, ${draft.email ?? null}, now())`;
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    await tx.$executeRaw`ROLLBACK TO SAVEPOINT member_import_row`;
    return false;
  }
  await tx.$executeRaw`RELEASE SAVEPOINT member_import_row`;
  return true;
}

async function createAccount(
  tx: Tx,
  actor: AuditActor,
  named: Named,
  draft: MemberDraft,
  password: { clear: string; hash: string },
): Promise<MemberImportResult> {
  const userId = randomUUID();
  if (!(await insertUser(tx, userId, draft, password.hash))) {
    return { row: draft.row, username: draft.username, result: "refused", reason: ROW_MESSAGES.takenElsewhere };
  }
  const orgUnitId = draft.unitName ? await named.unitId(draft.unitName) : null;
  await tx.membership.create({ data: { tenantId: actor.tenant.tenantId, userId, role: draft.role, orgUnitId } });
  await linkLeaders(tx, actor, named, userId, draft.leaderNames);
  return { row: draft.row, username: draft.username, result: "created", password: password.clear };
}

async function updateAccount(tx: Tx, actor: AuditActor, named: Named, draft: MemberDraft, member: Existing, shared: boolean): Promise<MemberImportResult> {
  const refuse = (reason: string): MemberImportResult => ({ row: draft.row, username: draft.username, result: "refused", reason });
  if (member.user.isPlatformAdmin) return refuse(ROW_MESSAGES.notManaged);
  const orgUnitId = draft.unitName ? await named.unitId(draft.unitName) : null;
  const roleChanged = member.role !== draft.role || member.orgUnitId !== orgUnitId;
  if (roleChanged && member.userId === actor.userId) return refuse(ROW_MESSAGES.self);
  const account = {
    displayName: draft.displayName,
    ...(draft.phone !== undefined ? { phone: draft.phone } : {}),
    ...(draft.email !== undefined ? { email: draft.email } : {}),
  };
  const accountChanged = Object.entries(account).some(([key, value]) => member.user[key as keyof typeof account] !== value);
  if (accountChanged && shared) return refuse(ROW_MESSAGES.shared);
  if (roleChanged) await tx.membership.update({ where: { id: member.id }, data: { role: draft.role, orgUnitId } });
  if (accountChanged || roleChanged) {
    // A role change ends the member's sessions, as on the members page.
    await tx.user.updateMany({ where: { id: member.userId }, data: { ...account, ...(roleChanged ? { sessionVersion: { increment: 1 } } : {}) } });
  }
  await linkLeaders(tx, actor, named, member.userId, draft.leaderNames);
  return { row: draft.row, username: draft.username, result: "updated" };
}

export async function importMembers(tx: Tx, actor: AuditActor, sheet: MemberSheetRow[], fileName: string): Promise<MemberImportResult[]> {
  const tenantId = actor.tenant.tenantId;
  const judged = refuseDuplicates(sheet.map(judgeMemberRow));
  const drafts = judged.flatMap((j) => (j.ok ? [j.draft] : []));
  const existing = new Map(
    (
      await loadExisting(
        tx,
        tenantId,
        drafts.map((d) => d.username),
      )
    ).map((m) => [m.user.username, m]),
  );
  const shared = await sharedAccounts(
    tx,
    tenantId,
    [...existing.values()].map((m) => m.userId),
  );
  const named = namedRows(
    tx,
    tenantId,
    await tx.orgUnit.findMany({ where: { tenantId }, select: { id: true, name: true } }),
    await tx.person.findMany({ where: { tenantId }, select: { id: true, name: true, userId: true } }),
  );
  // Hashing is the slow part (~16 ms each): all at once, spread over the cores, before the writes.
  const passwords = new Map(
    await Promise.all(
      drafts
        .filter((d) => !existing.has(d.username))
        .map(async (d) => {
          const clear = generateOneTimePassword();
          return [d.username, { clear, hash: await hashPassword(clear) }] as const;
        }),
    ),
  );

  const results: MemberImportResult[] = [];
  for (const j of judged) {
    if (!j.ok) {
      results.push({ row: j.row, username: j.username, result: "refused", reason: j.reason });
      continue;
    }
    const member = existing.get(j.draft.username);
    results.push(
      member
        ? await updateAccount(tx, actor, named, j.draft, member, shared.has(member.userId))
        : await createAccount(tx, actor, named, j.draft, passwords.get(j.draft.username)!),
    );
  }
  const names = (outcome: MemberImportOutcome) => results.filter((r) => r.result === outcome).map((r) => r.username);
  await recordAudit(tx, actor, {
    action: "member.import",
    entityType: "membership",
    after: { fileName, created: names("created"), updated: names("updated"), refused: results.filter((r) => r.result === "refused").length },
  });
  return results;
}
