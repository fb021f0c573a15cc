// Access-matrix entries of issue 12's accounts at scale: the members import,
// its template and export, and leader links. See ../expectations.ts.
import ExcelJS from "exceljs";
import type { Table } from "../expectations";
import { form } from "./form";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A filled template naming one new account; built once (the builders are synchronous). */
let template: Uint8Array<ArrayBuffer> | undefined;
export async function prepareMembersTemplate(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("账号");
  sheet.addRow(["用户名", "姓名", "角色", "所属单位", "手机号", "邮箱", "对应责任领导"]);
  sheet.addRow(["matrix.imported", "【矩阵】导入账号", "教育局工作人员", null, null, null, null]);
  template = new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const MEMBERS_IMPORT: Table = {
  actions: {
    "lib/members/actions.ts#importMembersAction": {
      permission: "members:manage",
      input: () => form({ file: new File([template!], "账号.xlsx", { type: XLSX }) }),
      noForeignIds: "the file names usernames, not ids: accounts are created in the caller's own tenant (a name taken by another tenant is refused)",
      success: { as: "admin", changes: ["memberships", "audit_events"], globalWrites: ["users"] },
    },
    "lib/members/actions.ts#linkLeaderAction": {
      permission: "members:manage",
      input: ({ target }) => ({ personId: target.leaderLink.personId, membershipId: target.leaderLink.membershipId }),
      mixed: {
        "own person, target's leader": ({ own, target }) => ({ personId: own.leaderLink.personId, membershipId: target.leaderLink.membershipId }),
        "target's person, own leader": ({ own, target }) => ({ personId: target.leaderLink.personId, membershipId: own.leaderLink.membershipId }),
      },
      success: { as: "admin", changes: ["people", "audit_events"] },
    },
    // After the link: it has something to undo.
    "lib/members/actions.ts#unlinkLeaderAction": {
      permission: "members:manage",
      input: ({ target }) => ({ personId: target.leaderLink.personId }),
      success: { as: "admin", changes: ["people", "audit_events"] },
    },
  },
  routes: {
    "GET /api/v1/members.xlsx": {
      kind: "tenant",
      permission: "members:read",
      request: () => ({ url: "/api/v1/members.xlsx" }),
      noForeignIds: "exports the caller's own tenant's accounts (every answer is checked for the victim's ids)",
      success: { as: "admin" },
    },
    "GET /api/v1/members/template.xlsx": {
      kind: "tenant",
      permission: "members:read",
      request: () => ({ url: "/api/v1/members/template.xlsx" }),
      noForeignIds: "a blank template: it reads nothing of any tenant",
      success: { as: "admin" },
    },
  },
};
