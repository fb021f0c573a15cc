// The browser-test world of report-session.phone.spec.ts (built by world.ts):
// a bureau of its own with one open slot, so a reporter has a form to write in
// and typing there moves no count another spec reads.
import type { BureauSpec } from "./world";

export const REPORT_SESSION = { code: "xutian", name: "续填演练区教育局", reporter: "xutian.school", task: "推进校本课程建设" } as const;

const SCHOOL = "实验小学";
const PERIOD = "续填演练第一季度";
export const REPORT_SESSION_BUREAU: BureauSpec = {
  code: REPORT_SESSION.code,
  name: REPORT_SESSION.name,
  units: [SCHOOL],
  accounts: [{ username: REPORT_SESSION.reporter, displayName: "实验小学 张老师", role: "unit_reporter", unit: SCHOOL }],
  plan: { title: "续填演练工作要点", quarterly: true, tasks: [{ title: REPORT_SESSION.task, lead: SCHOOL, assigned: 0 }] },
  periods: [{ label: PERIOD, startsOn: -30, endsOn: 30, dueOn: 10 }],
  slots: [{ period: PERIOD, task: REPORT_SESSION.task, unit: SCHOOL }],
};
