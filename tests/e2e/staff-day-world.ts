// The 督办 browser-test world (created by staff-day-fixtures.ts, read by
// staff-day.spec.ts): a bureau of its own, so approving and closing here
// never moves a count another spec reads.
export const STAFF_DAY = {
  code: "duban",
  name: "督办演练区教育局",
  plan: "督办演练工作要点",
  period: "督办演练第一季度",
  staff: "duban.staff",
  reporter: "duban.school1",
  schools: ["第一中学", "第二中学", "第三中学"],
  /** Task 1 is led by 第一中学: its 督办单 and closing request. Tasks 2–4 carry the submitted reports. */
  tasks: ["推进集团化办学", "落实课后服务", "加强教师培训", "改善办学条件"],
} as const;

/** Reports waiting for review when the day starts: one per school, on tasks 2–4. */
export const SUBMITTED_REPORTS = 3;
