// Access-matrix entries of /admin/notifications (issue 14, point 7): the
// bureau's and units' group robots and 发送测试. See ../expectations.ts.
import type { Table } from "../expectations";

export const NOTIFICATIONS: Table = {
  actions: {
    "lib/outbox/actions.ts#setRobotAction": {
      permission: "notifications:manage",
      input: ({ target }) => ({ orgUnitId: target.reporterUnitId, kind: "wecom", url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=matrix" }),
      success: { as: "admin", changes: ["robot_webhooks", "audit_events"] },
    },
    "lib/outbox/actions.ts#clearRobotAction": {
      permission: "notifications:manage",
      input: ({ target }) => ({ orgUnitId: target.robots.clearUnitId, kind: "dingtalk" }),
      success: { as: "admin", changes: ["robot_webhooks", "audit_events"] },
    },
    "lib/outbox/actions.ts#testRobotAction": {
      permission: "notifications:manage",
      input: ({ target }) => ({ orgUnitId: target.robots.testUnitId, kind: "wecom" }),
      success: { as: "admin" },
    },
  },
  routes: {},
};
