// The 最多报一次 browser-test world (created by report-once-fixtures.ts, read
// by report-once.spec.ts): a bureau of its own, so nothing another spec does
// moves its reports.
export const REPORT_ONCE = { code: "baoyici", name: "报一次演练区教育局", staff: "baoyici.staff", school: "报一次第一中学" } as const;
