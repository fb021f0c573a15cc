// The words of a 通报 (bulletin): its title, column heads and messages, shared
// by the page, the .docx and the PDF so they read the same.

export const BULLETIN_LABEL = "通报";

export const BULLETIN_COLUMNS = {
  rank: "排名",
  unit: "单位",
  district: "区县",
  leader: "责任领导",
  slots: "应报",
  onTime: "按时报送",
  onTimeRate: "按时报送率",
  tasks: "承担任务",
  done: "已完成（含销号）",
  doneRate: "完成率",
  overdue: "逾期数",
  red: "红灯",
  yellow: "黄灯",
  total: "任务数",
} as const;

/** 关于2025年第3季度《…》推进情况的通报 */
export function planBulletinTitle(periodLabel: string, planTitle: string): string {
  return `关于${periodLabel}《${planTitle}》推进情况的通报`;
}

/** 关于2025年第三季度各区县教育督查工作推进情况的通报 */
export function cityBulletinTitle(year: number, quarter: number): string {
  return `关于${quarterLabel(year, quarter)}各区县教育督查工作推进情况的通报`;
}

const QUARTER_WORDS = ["一", "二", "三", "四"] as const;

/** 2025年第三季度 */
export function quarterLabel(year: number, quarter: number): string {
  return `${year}年第${QUARTER_WORDS[quarter - 1]}季度`;
}

export const BULLETIN_MESSAGES = {
  noOpenedPeriod: "该规划还没有已开始的填报期，暂无可通报的内容。请先在“填报期”中开启填报。",
  badQuarter: "季度格式不正确，应为“2025Q3”这样的年份加季度（Q1–Q4）。",
  noRate: "—",
} as const;
