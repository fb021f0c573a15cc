// The evidence browser-test world (made by evidence-fixtures.ts, read by
// evidence.spec.ts): a bureau of its own with one school and one task in an
// open period, so the files uploaded and the report submitted there move no
// count another spec reads.
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
