// Writes a judged members sheet into one tenant, in one transaction: each row
// is answered on its own (created / updated / refused with its reason), good
// rows are written even when others are refused, and an account already in
// the bureau is updated rather than duplicated. A new account gets a one-time
// password, returned here and nowhere else (only its hash is stored), and
// must change it at first sign-in.
//
// Runs both as a bureau admin's action (app role, users behind RLS) and as the
// operator's command (owner connection, scoped by openTenantTransaction). Rows
// are decided first and written in a few statements, not a few per row: 500
// rows one by one took over 15 s (the action's transaction) on a busy machine.
import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { generateOneTimePassword } from "@/lib/auth/one-time-password";
import { hashGeneratedPassword } from "@/lib/auth/password";
import type { Tx } from "@/lib/db/tenant-scope";
import { ConflictError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/members/manage-members";
import { setPersonUser } from "@/lib/org/link-leader";
import { judgeMemberRow, refuseDuplicates, ROW_MESSAGES, type MemberDraft } from "./judge-member-row";
import { ensurePeople, ensureUnits } from "./named-rows";
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
type Plan = { kind: "refuse"; reason: string } | { kind: "create" } | { kind: "update"; member: Existing; roleChanged: boolean; account: AccountFields | null };
type AccountFields = { displayName: string; phone?: string | null; email?: string | null };

async function loadExisting(tx: Tx, tenantId: string, usernames: string[]) {
  return tx.membership.findMany({
    where: { tenantId, user: { username: { in: usernames } } },
    select: {
      id: true,
      userId: true,
      role: true,
      orgUnit: { select: { name: true } },
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

/** Usernames taken by any account, visible here or not (migration usernames_in_use). */
async function usernamesInUse(tx: Tx, usernames: string[]): Promise<Set<string>> {
  if (usernames.length === 0) return new Set();
  const rows = await tx.$queryRaw<{ username: string }[]>`SELECT usernames_in_use AS username FROM usernames_in_use(${usernames}::text[])`;
  return new Set(rows.map((r) => r.username));
}

/** What a row of an existing member would change, or why it may not. */
function planUpdate(actor: AuditActor, draft: MemberDraft, member: Existing, shared: boolean): Plan {
  if (member.user.isPlatformAdmin) return { kind: "refuse", reason: ROW_MESSAGES.notManaged };
  const roleChanged = member.role !== draft.role || (member.orgUnit?.name ?? null) !== draft.unitName;
  if (roleChanged && member.userId === actor.userId) return { kind: "refuse", reason: ROW_MESSAGES.self };
  const account: AccountFields = {
    displayName: draft.displayName,
    ...(draft.phone !== undefined ? { phone: draft.phone } : {}),
    ...(draft.email !== undefined ? { email: draft.email } : {}),
  };
  const accountChanged = Object.entries(account).some(([key, value]) => member.user[key as keyof AccountFields] !== value);
  if (accountChanged && shared) return { kind: "refuse", reason: ROW_MESSAGES.shared };
  return { kind: "update", member, roleChanged, account: accountChanged ? account : null };
}

/** The new accounts in one statement. Under RLS it cannot read back rows it inserts, so no RETURNING. */
async function insertUsers(tx: Tx, rows: { id: string; draft: MemberDraft; hash: string }[]) {
  if (rows.length === 0) return;
  try {
    await tx.$executeRaw`
      INSERT INTO users (id, username, display_name, password_hash, must_change_password, phone, email, updated_at)
      SELECT id, username, display_name, password_hash, true, phone, email, now()
      FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.draft.username)}::text[], ${rows.map((r) => r.draft.displayName)}::text[],
        ${rows.map((r) => r.hash)}::text[], ${rows.map((r) => r.draft.phone ?? null)}::text[], ${rows.map((r) => r.draft.email ?? null)}::text[])
        AS t(id, username, display_name, password_hash, phone, email)`;
  } catch (err) {
    // Taken between usernamesInUse and here, by someone else's import at the same moment.
    if (isUniqueViolation(err)) throw new ConflictError("导入期间有用户名被其他操作占用，未导入任何账号，请重新导入");
    throw err;
  }
}

/** Step 1: every row decided before anything is written (create, update, or refused with its reason). */
async function decideRows(tx: Tx, actor: AuditActor, drafts: MemberDraft[]): Promise<Map<MemberDraft, Plan>> {
  const tenantId = actor.tenant.tenantId;
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
  const taken = await usernamesInUse(
    tx,
    drafts.filter((d) => !existing.has(d.username)).map((d) => d.username),
  );
  const plans = new Map<MemberDraft, Plan>();
  for (const draft of drafts) {
    const member = existing.get(draft.username);
    const plan: Plan = member
      ? planUpdate(actor, draft, member, shared.has(member.userId))
      : taken.has(draft.username)
        ? { kind: "refuse", reason: ROW_MESSAGES.takenElsewhere }
        : { kind: "create" };
    plans.set(draft, plan);
  }
  return plans;
}

type Created = { id: string; draft: MemberDraft; password: string; hash: string };

/** Step 3: new accounts, passwords hashed side by side, then one insert each for users and memberships. */
async function createAccounts(tx: Tx, tenantId: string, drafts: MemberDraft[], unitIds: Map<string, string>): Promise<Map<MemberDraft, Created>> {
  const created = await Promise.all(
    drafts.map(async (draft) => {
      const password = generateOneTimePassword();
      return { id: randomUUID(), draft, password, hash: await hashGeneratedPassword(password) };
    }),
  );
  await insertUsers(tx, created);
  await tx.membership.createMany({
    data: created.map((c) => ({ tenantId, userId: c.id, role: c.draft.role, orgUnitId: c.draft.unitName ? unitIds.get(c.draft.unitName)! : null })),
  });
  return new Map(created.map((c) => [c.draft, c]));
}

/** Step 4: changed members only; a role change ends the member's sessions, as on the members page. */
async function applyUpdates(tx: Tx, plans: Map<MemberDraft, Plan>, unitIds: Map<string, string>): Promise<void> {
  for (const [draft, plan] of plans) {
    if (plan.kind !== "update") continue;
    if (plan.roleChanged) {
      const orgUnitId = draft.unitName ? unitIds.get(draft.unitName)! : null;
      await tx.membership.update({ where: { id: plan.member.id }, data: { role: draft.role, orgUnitId } });
    }
    if (plan.account || plan.roleChanged) {
      await tx.user.updateMany({
        where: { id: plan.member.userId },
        data: { ...(plan.account ?? {}), ...(plan.roleChanged ? { sessionVersion: { increment: 1 } } : {}) },
      });
    }
  }
}

/** The answer for every row of the sheet, in sheet order. */
function resultsOf(judged: ReturnType<typeof refuseDuplicates>, plans: Map<MemberDraft, Plan>, created: Map<MemberDraft, Created>): MemberImportResult[] {
  return judged.map((j) => {
    if (!j.ok) return { row: j.row, username: j.username, result: "refused", reason: j.reason };
    const { row, username } = j.draft;
    const plan = plans.get(j.draft)!;
    if (plan.kind === "refuse") return { row, username, result: "refused", reason: plan.reason };
    if (plan.kind === "update") return { row, username, result: "updated" };
    return { row, username, result: "created", password: created.get(j.draft)!.password };
  });
}

export async function importMembers(tx: Tx, actor: AuditActor, sheet: MemberSheetRow[], fileName: string): Promise<MemberImportResult[]> {
  const tenantId = actor.tenant.tenantId;
  const judged = refuseDuplicates(sheet.map(judgeMemberRow));
  const drafts = judged.flatMap((j) => (j.ok ? [j.draft] : []));
  const plans = await decideRows(tx, actor, drafts);
  const accepted = drafts.filter((d) => plans.get(d)!.kind !== "refuse");

  // 2. Units and people the accepted rows name, created when new.
  const unitIds = await ensureUnits(
    tx,
    tenantId,
    accepted.flatMap((d) => (d.unitName ? [d.unitName] : [])),
  );
  const people = await ensurePeople(
    tx,
    tenantId,
    accepted.flatMap((d) => d.leaderNames),
  );

  const created = await createAccounts(
    tx,
    tenantId,
    accepted.filter((d) => plans.get(d)!.kind === "create"),
    unitIds,
  );
  await applyUpdates(tx, plans, unitIds);

  // 5. Leader links (对应责任领导): added, never removed by an import.
  for (const draft of accepted) {
    const plan = plans.get(draft)!;
    const userId = plan.kind === "update" ? plan.member.userId : created.get(draft)!.id;
    for (const name of draft.leaderNames) {
      const person = people.get(name)!;
      await setPersonUser(tx, actor, person, userId);
      person.userId = userId;
    }
  }

  const results = resultsOf(judged, plans, created);
  const names = (outcome: MemberImportOutcome) => results.filter((r) => r.result === outcome).map((r) => r.username);
  await recordAudit(tx, actor, {
    action: "member.import",
    entityType: "membership",
    after: { fileName, created: names("created"), updated: names("updated"), refused: names("refused").length },
  });
  return results;
}
