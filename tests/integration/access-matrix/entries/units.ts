// Access-matrix entries of the units register (issue 12): kinds, renames,
// merges, units added by hand, the school import, and the register's export.
// See ../expectations.ts for what each field means.
import ExcelJS from "exceljs";
import type { Table } from "../expectations";
import { FIXTURE } from "../world-side";
import { form } from "./form";

/** A one-school register, made once (the entries' inputs are built synchronously). */
const SCHOOLS_XLSX: Uint8Array<ArrayBuffer> = await (async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("学校名单");
  sheet.addRow(["学校名称", "学段", "性质", "所属学区/街道"]);
  sheet.addRow([`${FIXTURE}导入的小学`, "小学", "公办", "第一学区"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
})();

export const UNITS: Table = {
  actions: {
    "lib/units/actions.ts#setUnitKindAction": {
      permission: "units:manage",
      input: ({ target }) => ({ unitId: target.units.kind, kind: "other" }),
      success: { as: "admin", changes: ["org_units", "audit_events"] },
    },
    "lib/units/actions.ts#renameUnitAction": {
      permission: "units:manage",
      input: ({ target }) => ({ unitId: target.units.rename, name: `${FIXTURE}改名后的单位` }),
      success: { as: "admin", changes: ["org_units", "org_unit_aliases", "audit_events"] },
    },
    "lib/units/actions.ts#addUnitAction": {
      permission: "units:manage",
      input: () => ({ name: `${FIXTURE}手工添加的学校`, kind: "school" }),
      noForeignIds: "it names no object: the unit is created in the session's tenant",
      success: { as: "admin", changes: ["org_units", "audit_events"] },
    },
    "lib/units/actions.ts#mergeUnitsAction": {
      permission: "units:manage",
      input: ({ target }) => ({ sourceId: target.units.mergeSource, targetId: target.units.mergeTarget }),
      mixed: {
        "own source, target's unit to keep": ({ own, target }) => ({ sourceId: own.units.mergeSource, targetId: target.units.mergeTarget }),
        "target's source, own unit to keep": ({ own, target }) => ({ sourceId: target.units.mergeSource, targetId: own.units.mergeTarget }),
      },
      success: { as: "admin", changes: ["org_units", "org_unit_aliases", "audit_events"] },
    },
    "lib/units/actions.ts#importSchoolsAction": {
      permission: "units:manage",
      input: () => form({ file: new File([SCHOOLS_XLSX], "学校名单.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }) }),
      noForeignIds: "the file names schools by name; they are created or updated in the session's tenant only",
      success: { as: "admin", changes: ["org_units", "audit_events"] },
    },
  },
  routes: {
    "GET /api/v1/units.xlsx": {
      kind: "tenant",
      permission: "units:read",
      request: () => ({ url: "/api/v1/units.xlsx?kind=department" }),
      noForeignIds: "the register is the session's tenant's; the query is a kind and a search text",
      success: { as: "admin" },
    },
  },
};
