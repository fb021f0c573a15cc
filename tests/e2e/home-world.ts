// The home-page browser-test world (built by world.ts, read by
// home.phone.spec.ts): a bureau of its own, so its counts move only here.
import type { BureauSpec } from "./world";

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

const W = HOME_WORLD;
const PAST = "首页演练上季度";
/**
 * A reporter's unit that owes three reports (one returned, one overdue), another unit's overdue
 * slot, and a leader linked to the person named in a red, a yellow and a green task.
 */
export const HOME_BUREAU: BureauSpec = {
  code: W.code,
  name: W.name,
  units: [W.unit, W.otherUnit],
  accounts: [
    { username: W.reporter, displayName: "向阳小学 张老师", role: "unit_reporter", unit: W.unit },
    { username: W.leader, displayName: "赵局长", role: "leader", person: W.leaderName },
  ],
  plan: {
    title: W.plan,
    years: 2,
    tasks: [
      { title: W.redTask, due: -10, progress: 40, lead: W.unit, leader: W.leaderName },
      { title: W.yellowTask, due: 3, progress: 60, lead: W.unit, leader: W.leaderName },
      { title: W.greenTask, due: 300, progress: 100, lead: W.unit, leader: W.leaderName },
    ],
  },
  periods: [
    { label: PAST, startsOn: -120, endsOn: -40, dueOn: -5 },
    { label: W.period, startsOn: -30, endsOn: 50, dueOn: 10 },
  ],
  slots: [
    // 逾期: last quarter's slot of the red task, never submitted.
    { period: PAST, task: W.redTask, unit: W.unit },
    // 被退回: the yellow task's report, sent back.
    {
      period: W.period,
      task: W.yellowTask,
      unit: W.unit,
      status: "returned",
      report: { summary: "已开展第一轮培训。", progress: 60, reviewComment: "请补充培训人数。" },
    },
    // 待填报, due with the returned one: the next deadline names the returned one (first in plan order).
    { period: W.period, task: W.greenTask, unit: W.unit },
    // Another unit's overdue slot: never in the reporter's counts.
    { period: PAST, task: W.redTask, unit: W.otherUnit },
  ],
};
