// The public page's words (/public/<code>): what a bureau admin may choose to
// show, and the labels a reader sees.
export const PUBLIC_SHOW_LABELS = {
  showTasks: "重点任务",
  showProgress: "任务状态与进度",
  showIndicators: "主要指标",
  showLeaders: "责任领导",
} as const;

export const PUBLIC_PAGE_WORDS = {
  site: "教育规划公开信息",
  updatedAt: "数据更新时间",
  publishedAt: "公开时间",
  plans: "已公开的规划",
  tasks: "重点任务",
  indicators: "主要指标",
  leaders: "责任领导",
  deadline: "时限",
  progress: "进度",
  latest: "最新值",
  target: "目标",
  baseline: "基期",
  taskCount: "任务数",
  meanProgress: "平均进度",
  noTasks: "这份规划没有列出任务",
  noIndicators: "这份规划没有列出指标",
  notice: "本页由教育局公开发布，仅包含所选公开内容。",
} as const;
