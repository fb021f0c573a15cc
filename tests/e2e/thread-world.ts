// The five-year thread's browser-test world (created by thread-fixtures.ts,
// read by thread.phone.spec.ts): a bureau of its own, because the spec
// suggests, confirms and carries over.
export const THREAD_WORLD = {
  code: "wunian",
  name: "五年演练区教育局",
  staff: "wunian.staff",
  fivePlan: "五年演练区教育事业“十四五”发展规划",
  fiveTask: "全面推进依法治教",
  annualPlan: "五年演练区2022年工作要点",
  /** Unfinished: suggested against fiveTask by its wording, and carried over. */
  openTask: "依法从严治教",
  doneTask: "召开年度总结会",
  nextPlan: "五年演练区2023年工作要点",
} as const;
