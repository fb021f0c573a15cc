// Access-matrix entries of the platform admin's tenant directory and city
// viewers (lib/platform/actions.ts), one's own password (lib/account) and
// GET /api/v1/me. See ../expectations.ts for what each field means.
import { DEMO_PASSWORD } from "@/prisma/seed/demo-users";
import type { Table } from "../expectations";

const DIRECTORY = "the platform admin acts on the whole tenant directory, which no tenant owns; nobody else may call it";

export const PLATFORM: Table = {
  actions: {
    "lib/platform/actions.ts#createTenantAction": {
      permission: "platform:manage",
      // A city, so that the city-viewer entries below work in a tenant of the matrix's own making.
      input: () => ({ kind: "city", code: "matrix-city", name: "【矩阵】新市", adminUsername: "matrix.first" }),
      noForeignIds: DIRECTORY,
      success: { as: "platform admin", opensTenant: true, changes: ["tenants", "users"], globalWrites: ["tenants", "users"] },
    },
    "lib/platform/actions.ts#renameTenantAction": {
      permission: "platform:manage",
      input: ({ own }) => ({ tenantId: own.tenantId, name: "【矩阵】改名" }),
      noForeignIds: DIRECTORY,
      success: { as: "platform admin", changes: ["tenants", "audit_events"], globalWrites: ["tenants"] },
    },
    "lib/platform/actions.ts#moveTenantAction": {
      permission: "platform:manage",
      input: ({ own }) => ({ tenantId: own.tenantId, parentCode: "zhengzhou" }),
      noForeignIds: DIRECTORY,
      success: { as: "platform admin", changes: ["tenants", "audit_events"], globalWrites: ["tenants"] },
    },
    "lib/platform/actions.ts#createCityViewerAction": {
      permission: "platform:manage",
      input: () => ({ cityCode: "matrix-city", username: "matrix.viewer", displayName: "【矩阵】市级查看" }),
      noForeignIds: DIRECTORY,
      success: { as: "platform admin", opensTenant: true, changes: ["users"], globalWrites: ["users"] },
    },
    // The viewer the entry above created.
    "lib/platform/actions.ts#resetCityViewerPasswordAction": {
      permission: "platform:manage",
      input: () => ({ username: "matrix.viewer" }),
      noForeignIds: DIRECTORY,
      success: { as: "platform admin", changes: ["users"], globalWrites: ["users"] },
    },
    "lib/platform/actions.ts#setCityViewerActiveAction": {
      permission: "platform:manage",
      input: () => ({ username: "matrix.viewer", active: "false" }),
      noForeignIds: DIRECTORY,
      success: { as: "platform admin", changes: ["users"], globalWrites: ["users"] },
    },
    // Late: deactivating the attacker's tenant ends its members' sessions (the entries after it succeed as callers from elsewhere).
    "lib/platform/actions.ts#setTenantActiveAction": {
      permission: "platform:manage",
      input: ({ own }) => ({ tenantId: own.tenantId, active: "false" }),
      noForeignIds: DIRECTORY,
      success: { as: "platform admin", changes: ["tenants", "audit_events", "auth_sessions"], globalWrites: ["tenants", "auth_sessions"] },
    },
    // Moves the caller's session version on (its own session row follows). After the deactivation above, so its caller belongs elsewhere.
    "lib/account/actions.ts#changeOwnPasswordAction": {
      permission: "signed-in",
      input: () => ({ currentPassword: DEMO_PASSWORD, newPassword: "matrix-own-pass", confirmPassword: "matrix-own-pass" }),
      noForeignIds: "it names nothing: it changes the caller's own password, scoped to app.user_id",
      success: { as: "other city's viewer", changes: ["users", "auth_sessions"], globalWrites: ["users", "auth_sessions"] },
    },
  },
  routes: {
    "GET /api/v1/me": {
      kind: "tenant",
      permission: "signed-in",
      request: () => ({ url: "/api/v1/me" }),
      noForeignIds: "it answers who the caller is: the caller's own account, tenant, unit and leaders",
      // Run after the actions: the attacker tenant is deactivated by then (its people get 401).
      success: { as: "platform admin" },
    },
  },
};
