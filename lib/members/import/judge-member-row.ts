// Pure judgement of one template row: its cells become a draft account, or a
// refusal with the reason in Chinese. What needs the database (is the name
// taken elsewhere, is it my own account) is decided in import-members.ts.
import type { z } from "zod";
import { normalisePersonName } from "@/lib/org/person-name";
import { BUREAU_ROLES, ROLE_LABELS } from "@/lib/vocabulary";
import { displayNameSchema, emailSchema, phoneSchema, usernameSchema } from "../schemas";
import { MEMBER_COLUMNS } from "./columns";
import type { MemberSheetRow } from "./read-members-sheet";

export type BureauRole = (typeof BUREAU_ROLES)[number];

/** undefined: the column is not in the sheet (the stored value stays); null: the cell is empty (cleared). */
export interface MemberDraft {
  row: number;
  username: string;
  displayName: string;
  role: BureauRole;
  unitName: string | null;
  phone: string | null | undefined;
  email: string | null | undefined;
  leaderNames: string[];
}

export type Judged = { ok: true; draft: MemberDraft } | { ok: false; row: number; username: string; reason: string };

export const ROW_MESSAGES = {
  unknownRole: (value: string) => `角色“${value}”不存在：请填写${BUREAU_ROLES.map((r) => ROLE_LABELS[r]).join("、")}之一`,
  unitRequired: `${ROLE_LABELS.unit_reporter}必须填写“${MEMBER_COLUMNS.unit}”`,
  leadersOnlyForLeaders: `只有“${ROLE_LABELS.leader}”可以填写“${MEMBER_COLUMNS.leaders}”`,
  duplicate: (rows: number[]) => `用户名在文件中重复（第 ${rows.join("、")} 行）：请只保留一行`,
  takenElsewhere: "该用户名已被其他单位的账号使用",
  self: "不能修改自己的角色",
  shared: "该账号同时属于其他单位，姓名、手机号和邮箱只能由平台管理员修改",
  notManaged: "成员不存在或无权管理",
} as const;

const ROLE_BY_WORD = new Map<string, BureauRole>(BUREAU_ROLES.flatMap((r) => [[ROLE_LABELS[r], r] as const, [r, r] as const]));

function field<T>(schema: z.ZodType<T>, value: string, label: string): { ok: true; value: T } | { ok: false; reason: string } {
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: `${label}：${parsed.error.issues[0]?.message ?? "格式不正确"}` };
}

/** An optional contact cell: absent column → undefined, empty → null, else validated. */
function contact(schema: z.ZodType<string>, value: string | undefined, label: string) {
  if (value === undefined) return { ok: true as const, value: undefined };
  if (value === "") return { ok: true as const, value: null };
  return field(schema, value, label);
}

export function judgeMemberRow({ row, cells }: MemberSheetRow): Judged {
  const raw = cells.username ?? "";
  const refuse = (reason: string): Judged => ({ ok: false, row, username: raw.trim().toLowerCase(), reason });
  const username = field(usernameSchema, raw, MEMBER_COLUMNS.username);
  if (!username.ok) return refuse(username.reason);
  const displayName = field(displayNameSchema, cells.displayName ?? "", MEMBER_COLUMNS.displayName);
  if (!displayName.ok) return refuse(displayName.reason);
  const roleWord = (cells.role ?? "").replace(/\s+/g, "");
  const role = ROLE_BY_WORD.get(roleWord);
  if (!role) return refuse(ROW_MESSAGES.unknownRole(cells.role ?? ""));
  const unitName = (cells.unit ?? "").replace(/\s+/g, " ").trim() || null;
  if (role === "unit_reporter" && !unitName) return refuse(ROW_MESSAGES.unitRequired);
  const phone = contact(phoneSchema, cells.phone, MEMBER_COLUMNS.phone);
  if (!phone.ok) return refuse(phone.reason);
  const email = contact(emailSchema, cells.email, MEMBER_COLUMNS.email);
  if (!email.ok) return refuse(email.reason);
  const leaderNames = [
    ...new Set(
      (cells.leaders ?? "")
        .split(/[、，,；;]/)
        .map(normalisePersonName)
        .filter(Boolean),
    ),
  ];
  if (leaderNames.length > 0 && role !== "leader") return refuse(ROW_MESSAGES.leadersOnlyForLeaders);
  return {
    ok: true,
    draft: {
      row,
      username: username.value,
      displayName: displayName.value,
      role,
      // Only unit reporters are bound to a unit (memberships.org_unit_id).
      unitName: role === "unit_reporter" ? unitName : null,
      phone: phone.value,
      email: email.value,
      leaderNames,
    },
  };
}

/** Every row of a username that appears more than once is refused: which one is meant is the admin's call. */
export function refuseDuplicates(judged: Judged[]): Judged[] {
  const rowsByName = new Map<string, number[]>();
  for (const j of judged) if (j.ok) rowsByName.set(j.draft.username, [...(rowsByName.get(j.draft.username) ?? []), j.draft.row]);
  return judged.map((j) => {
    const rows = j.ok ? rowsByName.get(j.draft.username)! : [];
    return j.ok && rows.length > 1 ? { ok: false, row: j.draft.row, username: j.draft.username, reason: ROW_MESSAGES.duplicate(rows) } : j;
  });
}
