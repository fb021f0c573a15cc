// The 督办 browser-test world (built by world.ts, read by staff-day.spec.ts and
// the accessibility sweep): a bureau of its own, so approving and closing here
// never moves a count another spec reads.
import type { BureauSpec } from "./world";

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

const W = STAFF_DAY;
/**
 * Three schools, a plan of four tasks whose due dates lie ahead, tasks 2–4 assigned (交办) to
 * their schools five days ago, an open period in which each school has submitted one report.
 * Task 1 waits for the browser test's 交办.
 */
export const STAFF_DAY_BUREAU: BureauSpec = {
  code: W.code,
  name: W.name,
  units: W.schools,
  accounts: [
    { username: W.staff, displayName: "督办科 王老师", role: "bureau_staff" },
    { username: W.reporter, displayName: "第一中学 李老师", role: "unit_reporter", unit: W.schools[0] },
  ],
  plan: {
    title: W.plan,
    quarterly: true,
    tasks: W.tasks.map((title, i) => ({
      title,
      progress: 60,
      due: 60 + i,
      deadlineText: "年底前",
      lead: W.schools[Math.max(0, i - 1)],
      ...(i === 0 ? {} : { assigned: -5 }),
    })),
  },
  periods: [{ label: W.period, startsOn: -30, endsOn: 30, dueOn: 10 }],
  slots: W.tasks.slice(1).map((task, i) => ({
    period: W.period,
    task,
    unit: W.schools[i]!,
    status: "submitted" as const,
    report: { summary: `${task}：本季度按计划推进。`, progress: 60 },
  })),
};
