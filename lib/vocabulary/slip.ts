// The words of a 督办单 (supervision slip) beyond its level (supervision.ts):
// the list's states, the document's field names and the default body.
export const SLIP_STATES = ["awaiting", "replied", "all"] as const;
export type SlipState = (typeof SLIP_STATES)[number];

export const SLIP_STATE_LABELS: Record<SlipState, string> = {
  awaiting: "待回复",
  replied: "已回复",
  all: "全部",
};

/** Shown beside an unanswered slip whose reply-by date has passed. */
export const SLIP_OVERDUE_LABEL = "逾期未回复";

/** The field names of the slip as a document (page, .docx and PDF alike). */
export const SLIP_FIELD_LABELS = {
  title: "督办单",
  level: "督办等级",
  unit: "被督办单位",
  task: "督办事项",
  dueDate: "完成时限",
  progress: "当前进度",
  body: "督办内容",
  replyBy: "回复期限",
  issuer: "督办单位",
  issuedOn: "下发日期",
  reply: "办理情况回复",
  repliedBy: "回复人",
  repliedOn: "回复时间",
} as const;

/** The level's short name, for badges and file names (蓝色 / 黄色 / 红色). */
export const SLIP_LEVEL_SHORT_LABELS = { blue: "蓝色", yellow: "黄色", red: "红色" } as const;
