// The browser-test world of report-session.phone.spec.ts (created by
// report-session-fixtures.ts): a bureau of its own with one open slot.
export const REPORT_SESSION = { code: "xutian", name: "续填演练区教育局", reporter: "xutian.school", task: "推进校本课程建设" } as const;
