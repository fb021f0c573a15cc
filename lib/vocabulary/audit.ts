// The audit trail's words, once: every action and object type a bureau admin
// can filter by or read on /admin/audit and in its .xlsx export. An action
// missing here still shows, as its code; tests/unit/audit/vocabulary.test.ts
// fails when lib/ records one without a label.

/** Actions written by recordAudit, plus the feed's own task.status and report.* (from the history tables). */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "plan.create": "新建规划",
  "plan.update": "修改规划",
  "plan.delete": "删除规划",
  "plan.import": "导入规划",
  "plan.reimport": "替换导入规划",
  "actuals.import": "导入实际值",
  "section.create": "新建部分",
  "section.rename": "重命名部分",
  "section.move": "移动部分",
  "section.delete": "删除部分",
  "task.create": "新建任务",
  "task.update": "修改任务",
  "task.delete": "删除任务",
  "task.leaders": "修改责任领导",
  "task.measures": "修改工作举措",
  "task.units": "修改责任单位",
  "task.status": "更新任务状态",
  "indicator.create": "新建指标",
  "indicator.update": "修改指标",
  "indicator.delete": "删除指标",
  "indicator.mapping.suggest": "生成口径建议",
  "indicator.mapping.choose": "选择指标口径",
  "indicator.mapping.confirm": "确认口径对应",
  "indicator.mapping.clear": "取消口径对应",
  "indicator.tolerance.set": "设置容差",
  "milestone.create": "新建里程碑",
  "milestone.complete": "完成里程碑",
  "milestone.reopen": "重开里程碑",
  "milestone.delete": "删除里程碑",
  "report_slot.add_cooperation": "添加配合填报",
  "report.create": "创建报告草稿",
  "report.submit": "提交报告",
  "report.resubmit": "重新提交报告",
  "report.approve": "审核通过报告",
  "report.return": "退回报告",
  "member.create": "新建账号",
  "member.role": "修改角色",
  "member.activate": "启用账号",
  "member.deactivate": "停用账号",
  "member.password": "重置密码",
  "member.sessions.end": "结束登录会话",
  "member.import": "导入账号",
  "person.link": "关联领导账号",
  "person.unlink": "取消关联领导账号",
  "tenant.create": "开通单位",
  "tenant.rename": "单位更名",
  "tenant.move": "调整上级单位",
  "tenant.activate": "启用单位",
  "tenant.deactivate": "停用单位",
  "demo.activity": "生成演示数据",
  "org_unit.group_members": "设置群体成员单位",
  "unit.create": "新增单位",
  "unit.rename": "重命名单位",
  "unit.kind": "修改单位类型",
  "unit.merge": "合并单位",
  "unit.import": "导入学校名单",
  "supervision.settings": "修改督办设置",
};

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  plan: "规划",
  section: "部分",
  task: "任务",
  indicator: "指标",
  task_milestone: "里程碑",
  report_slot: "填报任务",
  report: "报告",
  membership: "账号",
  person: "责任领导",
  tenant: "本局",
  org_unit: "单位",
  supervision_settings: "督办设置",
};

export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;
export const auditEntityLabel = (entityType: string) => AUDIT_ENTITY_LABELS[entityType] ?? entityType;

/** What a deletion's snapshot holds (before.history), in reading order. */
export const HISTORY_COUNT_LABELS = {
  tasks: ["任务", "项"],
  statusEvents: ["状态记录", "条"],
  reports: ["报告", "份"],
  reportEvents: ["报告记录", "条"],
  attachments: ["附件", "个"],
  actuals: ["实际值", "条"],
} as const;
