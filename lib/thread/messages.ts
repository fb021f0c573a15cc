// The five-year thread's words (decision 0036).
export const THREAD_MESSAGES = {
  /** A suggestion's reasons, joined by "；": shared catalogue definitions, similar wording. */
  sharedCodeOpen: "共同指标口径「",
  sharedCodeClose: "」",
  similarWording: "表述相近",
  carriedLink: "随结转沿用",
  taskNotFound: "任务不存在或无权访问",
  targetNotFound: "所选五年规划的任务或指标不存在或无权访问",
  linkNotFound: "该关联不存在或已被删除",
  self: "不能把任务关联到它自己",
  fromFiveYear: "请从年度计划（工作要点等）的任务关联五年规划",
  targetNotFiveYear: "只能关联到五年规划的任务或指标",
  /** A foreign key refused the write: the target went away meanwhile, or is another bureau's. */
  targetGone: "关联的任务或指标不存在或不属于本局，请刷新后重试",
  fiveYearPlan: "五年规划本身不需要关联建议，请在年度计划中生成",
} as const;
