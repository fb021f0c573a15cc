// The balancer browser-test world (built by world.ts, read by balancer.spec.ts):
// a bureau of its own with one school and one task in an open period, so the
// status change, the 催办 and the evidence uploaded through the balancer move
// no count another spec reads. Its bureau robot (balancer-fixtures.ts) points at
// a loopback receiver serve.ts starts, so the job worker's delivery is observable.
import type { BureauSpec } from "./world";

export const BALANCER_WORLD = {
  code: "junheng",
  name: "均衡演练区教育局",
  plan: "均衡演练工作要点",
  period: "均衡演练第一季度",
  task: "推进集团化办学",
  school: "第一中学",
  staff: "junheng.staff",
} as const;

const W = BALANCER_WORLD;
/** Staff (who may also fill a school's report, reports:submit) and the school's empty slot for the task. */
export const BALANCER_BUREAU: BureauSpec = {
  code: W.code,
  name: W.name,
  units: [W.school],
  accounts: [{ username: W.staff, displayName: "督办科 钱老师", role: "bureau_staff" }],
  plan: { title: W.plan, quarterly: true, tasks: [{ title: W.task, progress: 20, lead: W.school, assigned: -1 }] },
  periods: [{ label: W.period, startsOn: -30, endsOn: 30, dueOn: 10 }],
  slots: [{ period: W.period, task: W.task, unit: W.school }],
};
