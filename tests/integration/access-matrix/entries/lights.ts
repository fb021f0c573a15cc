// Access-matrix entries of 亮灯 (issue 14, part A): the bureau's 督办 settings.
// See ../expectations.ts for what each field means.
import type { Table } from "../expectations";

export const LIGHTS: Table = {
  actions: {
    "lib/supervision/settings-actions.ts#saveSupervisionSettingsAction": {
      permission: "supervision:settings",
      input: () => ({ dueSoonDays: "10", ackDays: "4" }),
      noForeignIds: "the settings row is the caller's own bureau's, keyed by the session's tenant",
      success: { as: "admin", changes: ["supervision_settings", "audit_events"] },
    },
  },
  routes: {},
};
