// The objects the access matrix aims at: for the attacker's home tenant and
// for the victim tenant, one object of each kind an action or route takes by
// id, each reserved for one entry so that one entry's success cannot spoil
// another's input. Read from the seeded demo world, plus a few fixtures the
// seed does not have (an open period, reports, an attachment, messages,
// milestones, spare rows to delete), made in world-side.ts before the first
// fingerprint.
//
// A third side, the ghost, has the victim's shape with every id replaced by a
// fresh one that no row has: the victim's id must be answered exactly like a
// missing id (README: "Another tenant's id answers 404 like a missing one").
import { randomUUID } from "node:crypto";
import { getAuthSession, hasTenant } from "@/lib/auth/session";
import { readTenant } from "@/lib/db/tenant-scope";
import { buildPlanLedger } from "@/lib/ledger/build-ledger";
import { writeLedgerXlsx } from "@/lib/ledger/write-xlsx";
import { todayInChina } from "@/lib/reports/periods";
import { ownerDb, signInAs, signOut } from "@/tests/support/db";
import { buildSide } from "./world-side";

export { PDF_BYTES } from "./world-side";

process.env.EDUPLAN_UPLOAD_DIR ??= `/tmp/eduplan-it-uploads-${randomUUID()}`;

/** The attacker's home tenant and the victim, with the plan whose tasks each side uses. */
export const ATTACKER = { code: "jinfeng", mainPlan: /教育工作要点/ } as const;
export const VICTIM = { code: "xingqing", mainPlan: /十四五/ } as const;

export interface TaskFixture {
  id: string;
  version: number;
  number: number;
  title: string;
  sectionId: string;
  goal: string | null;
  measures: string[];
  leaders: string[];
  units: { name: string; role: string }[];
}

/** One tenant's targets. Every string that is a UUID is an id the ghost replaces. */ import type { SupervisionFixture } from "./world-supervision";
import type { ThreadFixture } from "./world-thread";

export interface Side {
  code: string;
  name: string;
  tenantId: string;
  userIds: { admin: string; staff: string; leader: string; reporter: string };
  reporterUnitId: string;
  plan: { id: string; title: string; sourceText: string };
  sparePlans: { update: string; remove: string };
  /** A small plan imported from a document in this tenant: its text matches it by source hash. */
  importedDoc: { planId: string; sourceText: string };
  sections: { withTasks: string; empty: string; movable: string };
  tasks: { edit: TaskFixture; status: TaskFixture; urge: TaskFixture; milestones: TaskFixture; cooperate: TaskFixture; removable: string };
  milestones: { toggle: string; remove: string };
  indicators: { suggested: string; choose: string; clear: string; tolerance: string; edit: string; remove: string };
  cooperateUnitId: string;
  member: { membershipId: string; userId: string };
  /** The demo leader's membership and a person of the plans to link it to (leader links). */
  leaderLink: { membershipId: string; personId: string };
  periodId: string;
  slots: { draft: string; submit: string; upload: string; removable: string; download: string; routeSubmit: string };
  attachments: { removable: string; download: string };
  review: { reportId: string; version: number };
  messages: { staff: string; leader: string };
  /** A group unit (各…) and a unit that is no group, for group member editing. */
  groupUnit: { id: string; memberId: string };
  /** Units for the register's actions (kind, rename, a pair to merge). */
  units: { kind: string; rename: string; mergeSource: string; mergeTarget: string };
  /** Units with a group robot: a 企业微信 one for 发送测试 (MATRIX_ROBOT_URL), a 钉钉 one to clear. */
  robots: { testUnitId: string; clearUnitId: string };
  /** 督办 (entries/supervision.ts). */
  supervision: SupervisionFixture;
  /** 最多报一次: the later of two differing approved values for one definition and date (entries/once.ts). */
  conflict: { actualId: string };
  /** The five-year thread and 结转 (entries/thread.ts). */
  thread: ThreadFixture;
}

export interface World {
  own: Side;
  victim: Side;
  ghost: Side;
  catalogue: { definitionId: string; currentVersion: number; unit: string | null; percentDefinitionId: string; percentCode: string };
  /** The attacker's main plan ledger as exported (.xlsx): a well-formed file for the import action. */
  ledgerXlsx: Uint8Array<ArrayBuffer>;
}

export async function buildWorld(): Promise<World> {
  const db = ownerDb();
  const percent = await db.indicatorDefinition.findFirstOrThrow({ where: { unit: "%" }, orderBy: { code: "asc" } });
  const revisable = await db.indicatorDefinition.findFirstOrThrow({ where: { code: { not: percent.code } }, orderBy: { code: "asc" } });
  const own = await buildSide(ATTACKER.code, ATTACKER.mainPlan, percent.id);
  const victim = await buildSide(VICTIM.code, VICTIM.mainPlan, percent.id);
  // The ledger as the attacker's staff download it (what the actuals import takes back).
  await signInAs(`${ATTACKER.code}.staff`);
  const staff = await getAuthSession();
  if (!hasTenant(staff)) throw new Error("the attacker's staff account has no tenant");
  const ledger = await readTenant(staff, (tx) => buildPlanLedger(tx, staff, own.plan.id));
  signOut();
  return {
    own,
    victim,
    ghost: ghostOf(victim),
    catalogue: {
      definitionId: revisable.id,
      currentVersion: revisable.currentVersion,
      unit: revisable.unit,
      percentDefinitionId: percent.id,
      percentCode: percent.code,
    },
    ledgerXlsx: new Uint8Array(await writeLedgerXlsx(ledger, todayInChina())),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The victim's shape with ids no row has (and a tenant code no tenant has). */
export function ghostOf(side: Side): Side {
  const map = (value: unknown, key: string): unknown => {
    if (typeof value === "string") return UUID.test(value) ? randomUUID() : key === "code" ? `ghost-${randomUUID().slice(0, 8)}` : value;
    if (Array.isArray(value)) return value.map((v) => map(v, key));
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, map(v, k)]));
    return value;
  };
  return map(side, "") as Side;
}
