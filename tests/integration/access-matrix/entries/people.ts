// Access-matrix entries of accounts and the platform: bureau members, the
// active-tenant switch, the global indicator catalogue and sessions. See
// ../expectations.ts for what each field means and how to add an entry.
import type { Table } from "../expectations";

const PASSWORD = "matrix-Passw0rd";

export const PEOPLE: Table = {
  actions: {
    "lib/members/actions.ts#createMemberAction": {
      permission: "members:manage",
      input: ({ target }) => ({
        username: "matrix.created",
        displayName: "【矩阵】新账号",
        role: "unit_reporter",
        orgUnitId: target.reporterUnitId,
      }),
      success: { as: "admin", changes: ["memberships", "users"], globalWrites: ["users"] },
    },
    "lib/members/actions.ts#updateMemberRoleAction": {
      permission: "members:manage",
      input: ({ target }) => ({ membershipId: target.member.membershipId, role: "leader" }),
      mixed: {
        "own member, target's unit": ({ own, target }) => ({ membershipId: own.member.membershipId, role: "unit_reporter", orgUnitId: target.reporterUnitId }),
      },
      success: { as: "admin", changes: ["memberships"], globalWrites: ["users"] },
    },
    "lib/members/actions.ts#resetMemberPasswordAction": {
      permission: "members:manage",
      input: ({ target }) => ({ membershipId: target.member.membershipId, password: PASSWORD }),
      success: { as: "admin", changes: ["users"], globalWrites: ["users"] },
    },
    "lib/members/actions.ts#endMemberSessionsAction": {
      permission: "members:manage",
      input: ({ target }) => ({ membershipId: target.member.membershipId }),
      success: { as: "admin", changes: ["audit_events"], globalWrites: ["auth_sessions"] },
    },
    // Last of the members: it deactivates the fixture member.
    "lib/members/actions.ts#setMemberActiveAction": {
      permission: "members:manage",
      input: ({ target }) => ({ membershipId: target.member.membershipId, active: "false" }),
      success: { as: "admin", changes: ["users"], globalWrites: ["users"] },
    },

    "lib/tenants/actions.ts#switchTenantAction": {
      permission: "signed-in",
      input: ({ target }) => ({ tenantCode: target.code }),
      success: { as: "admin" },
    },

    "lib/indicators/catalogue-actions.ts#createDefinitionAction": {
      permission: "platform:manage",
      input: () => ({
        code: "matrix-definition",
        name: "【矩阵】新口径",
        synonyms: "",
        unit: "%",
        direction: "gte",
        definition: "【矩阵】口径说明",
        effectiveFrom: "2026-01-01",
      }),
      noForeignIds: "the catalogue is global: it belongs to no tenant",
      success: { as: "platform admin", changes: ["indicator_definitions"], globalWrites: ["indicator_definitions", "indicator_definition_versions"] },
    },
    "lib/indicators/catalogue-actions.ts#reviseDefinitionAction": {
      permission: "platform:manage",
      input: ({ world }) => ({
        definitionId: world.catalogue.definitionId,
        expectedVersion: world.catalogue.currentVersion,
        definition: "【矩阵】修订的口径说明",
        unit: world.catalogue.unit ?? "",
        effectiveFrom: "2030-01-01",
      }),
      noForeignIds: "the catalogue is global: it belongs to no tenant",
      success: { as: "platform admin", changes: ["indicator_definitions"], globalWrites: ["indicator_definitions", "indicator_definition_versions"] },
    },

    // Accounts: acting on one's own sessions, or (the platform admin) on anyone's.
    "lib/account/actions.ts#endUserSessionsAction": {
      permission: "platform:manage",
      input: ({ target }) => ({ userId: target.member.userId }),
      noForeignIds: "a platform admin belongs to no tenant and may end any account's sessions; nobody else may call it",
      success: { as: "platform admin", globalWrites: ["auth_sessions"] },
    },
    "lib/account/actions.ts#dismissSignInNoticeAction": {
      permission: "signed-in",
      input: () => ({}),
      noForeignIds: "it names nothing: it marks the notice of the caller's own current session as read",
      success: { as: "staff", changes: ["auth_sessions"], globalWrites: ["auth_sessions"] },
    },
    // Last of all: it ends the succeeding caller's own sessions (actAs reuses one per caller).
    "lib/account/actions.ts#endAllMySessionsAction": {
      permission: "signed-in",
      input: () => ({}),
      noForeignIds: "it names nothing: it ends the caller's own sessions, scoped to app.user_id",
      success: { as: "leader", changes: ["auth_sessions"], globalWrites: ["auth_sessions"] },
    },
  },
  routes: {},
};
