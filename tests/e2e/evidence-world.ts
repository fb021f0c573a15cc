// The evidence browser-test world (built by world.ts, read by evidence.spec.ts):
// a bureau of its own with one school and one task in an open period, so the
// files uploaded and the report submitted there move no count another spec reads.
import type { BureauSpec } from "./world";

export const EVIDENCE_WORLD = {
  code: "zhengju",
  name: "佐证演练区教育局",
  plan: "佐证演练工作要点",
  period: "佐证演练第一季度",
  task: "开展校园安全隐患排查",
  school: "实验小学",
  staff: "zhengju.staff",
  reporter: "zhengju.school",
} as const;

const W = EVIDENCE_WORLD;
/** Staff, the school's reporter, and the school's empty slot for the task. */
export const EVIDENCE_BUREAU: BureauSpec = {
  code: W.code,
  name: W.name,
  units: [W.school],
  accounts: [
    { username: W.staff, displayName: "督办科 赵老师", role: "bureau_staff" },
    { username: W.reporter, displayName: "实验小学 孙老师", role: "unit_reporter", unit: W.school },
  ],
  plan: { title: W.plan, quarterly: true, tasks: [{ title: W.task, progress: 30, lead: W.school }] },
  periods: [{ label: W.period, startsOn: -30, endsOn: 30, dueOn: 10 }],
  slots: [{ period: W.period, task: W.task, unit: W.school }],
};
