// The units register as an .xlsx (the list as filtered on /units): 单位名称,
// 类型, 学段, 性质, 所属学区/街道, 曾用名, task and account counts. Its first
// four columns are the school import's headers, so an exported register can
// be edited and imported back.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { writeTableXlsx } from "@/lib/files/table-xlsx";
import { toUnitRow, UNIT_ROW_SELECT, unitWhere, type UnitFilter } from "@/lib/org/list-units";
import { ORG_UNIT_KIND_LABELS } from "@/lib/vocabulary";

export const UNITS_SHEET = "单位名单";
const MAX_EXPORT_ROWS = 10_000;

const COLUMNS = [
  { header: "单位名称", width: 36 },
  { header: "学段", width: 12 },
  { header: "性质", width: 10 },
  { header: "所属学区/街道", width: 18 },
  { header: "类型", width: 12 },
  { header: "曾用名", width: 36 },
  { header: "承担任务", width: 10 },
  { header: "绑定账号", width: 10 },
] as const;

export async function writeUnitsXlsx(tx: Tx, tenantId: string, filter: UnitFilter): Promise<Buffer> {
  const rows = await tx.orgUnit.findMany({
    where: unitWhere(tenantId, filter),
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    take: MAX_EXPORT_ROWS,
    select: UNIT_ROW_SELECT,
  });
  return writeTableXlsx(
    UNITS_SHEET,
    COLUMNS,
    rows
      .map(toUnitRow)
      .map((unit) => [
        unit.name,
        unit.stage ?? "",
        unit.ownership ?? "",
        unit.district ?? "",
        ORG_UNIT_KIND_LABELS[unit.kind],
        unit.aliases.join("、"),
        unit.taskCount,
        unit.memberCount,
      ]),
  );
}
