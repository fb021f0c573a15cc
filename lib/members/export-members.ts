// The bureau's account list as the import template's columns (plus status and
// last sign-in, which the import ignores): exported, edited and imported back,
// it updates the same accounts.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { formatDateTime } from "@/lib/format";
import { ROLE_LABELS } from "@/lib/vocabulary";
import { TEMPLATE_HEADERS, writeWorkbook } from "./import/write-workbook";
import { MEMBERS_SHEET } from "./import/columns";

/** Past this the list would not fit one import anyway; a bureau has a few hundred accounts. */
const MAX_EXPORT_MEMBERS = 10_000;

export async function exportMembers(tx: Tx, tenantId: string): Promise<Buffer> {
  const members = await tx.membership.findMany({
    where: { tenantId, user: { isPlatformAdmin: false } },
    orderBy: [{ role: "asc" }, { user: { username: "asc" } }],
    take: MAX_EXPORT_MEMBERS,
    select: {
      role: true,
      orgUnit: { select: { name: true } },
      user: {
        select: {
          username: true,
          displayName: true,
          phone: true,
          email: true,
          isActive: true,
          lastLoginAt: true,
          people: { where: { tenantId }, select: { name: true }, orderBy: { name: "asc" } },
        },
      },
    },
  });
  return writeWorkbook([
    {
      name: MEMBERS_SHEET,
      headers: [...TEMPLATE_HEADERS, "状态", "最近登录"],
      rows: members.map((m) => [
        m.user.username,
        m.user.displayName,
        ROLE_LABELS[m.role],
        m.orgUnit?.name ?? null,
        m.user.phone,
        m.user.email,
        m.user.people.map((p) => p.name).join("、") || null,
        m.user.isActive ? "正常" : "已停用",
        m.user.lastLoginAt ? formatDateTime(m.user.lastLoginAt) : "从未登录",
      ]),
    },
  ]);
}
