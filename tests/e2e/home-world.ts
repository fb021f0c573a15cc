// The home-page browser-test world (created by home-fixtures.ts, read by
// home.phone.spec.ts): a bureau of its own, so its counts move only here.
export const HOME_WORLD = {
  code: "shouye",
  name: "首页演练区教育局",
  plan: "首页演练工作要点",
  period: "首页演练本季度",
  reporter: "shouye.reporter",
  leader: "shouye.leader",
  leaderName: "赵领导",
  unit: "向阳小学",
  otherUnit: "红星小学",
  /** The reporter's unit: 待填报 3 (one of them returned, one overdue). */
  counts: { todo: 3, returned: 1, overdue: 1 },
  redTask: "完成校舍安全排查",
  /** Also the reporter's returned report, due first of those not yet overdue: the next deadline. */
  yellowTask: "开展教师全员培训",
  greenTask: "完善课后服务方案",
} as const;
