// The words of generated activity: report text, review comments and task
// notes. Generated data only (the demo marks its text with a prefix); the
// cadence word follows the reporting frequency the simulated bureau uses.

/** How often the simulated bureau gathers progress: it shows in the notes. */
export type Cadence = "quarterly" | "monthly";

export interface Phrases {
  /** Put before every summary and task note (the demo's 【演示数据】). */
  prefix: string;
  activity: readonly string[];
  draft: readonly string[];
  completed: readonly string[];
  problems: readonly string[];
  nextSteps: readonly string[];
  returnComments: readonly string[];
  /** null: approved without a comment. */
  approveComments: readonly (string | null)[];
  notes: { start: string; update: string; completed: string; delayed: string; paused: string };
}

const SHARED_ACTIVITY = [
  "已召开专题部署会，明确任务分工和时间节点",
  "完成阶段性督导检查，形成问题清单并督促整改",
  "组织相关学校开展专项培训，参训教师百余人次",
  "制定工作方案并印发至各学校（园）",
  "开展实地调研，梳理汇总意见建议",
] as const;

const LATER_ACTIVITY = [
  "完成阶段性目标任务自查评估",
  "联合相关部门召开协调会，解决重点难点问题",
  "开展典型经验交流，推广优秀做法",
  "完成项目申报材料的审核和报送",
  "组织开展专项检查，覆盖辖区中小学校",
  "完成相关数据统计和信息报送",
] as const;

const BY_CADENCE: Record<Cadence, { ledger: string; update: string }> = {
  quarterly: { ledger: "按季度调度推进情况，建立工作台账", update: "根据季度调度情况更新进度" },
  monthly: { ledger: "按月调度推进情况，更新工作台账", update: "根据月度调度情况更新进度" },
};

/** What a report says when its task is done. */
export const DONE_NEXT_STEPS = "巩固工作成果，做好总结归档。";

export function phrasesFor(cadence: Cadence, prefix: string): Phrases {
  const words = BY_CADENCE[cadence];
  return {
    prefix,
    activity: [...SHARED_ACTIVITY, words.ledger, ...LATER_ACTIVITY],
    draft: ["正在汇总本期工作材料", "已完成部分工作，材料整理中", "正在收集各学校报送数据"],
    completed: ["任务目标已全面完成，转入常态化管理", "各项目标均已达成，已形成总结报告", "任务已办结，持续巩固工作成效"],
    problems: ["部分学校推进进度不均衡", "专项经费到位较慢，影响项目进度", "专业师资力量不足", "部分数据统计口径需进一步统一", "基层学校材料报送不够及时"],
    nextSteps: [
      "下一阶段将加大督导力度，确保按期完成",
      "持续跟踪项目进度，每月调度一次",
      "组织开展经验总结和成果推广",
      "协调落实经费保障",
      "完善考核评价机制，压实工作责任",
    ],
    returnComments: [
      "佐证材料不全，请补充会议纪要或照片",
      "进度数据与工作台账不一致，请核实后重新提交",
      "请补充具体的量化数据",
      "问题分析不够具体，请补充整改措施",
    ],
    approveComments: [null, null, "同意", "材料齐全，审核通过"],
    notes: {
      start: `${prefix}任务已启动，完成分工部署`,
      update: `${prefix}${words.update}`,
      completed: `${prefix}任务目标已完成，经核验同意办结`,
      delayed: `${prefix}受经费和工期影响进度滞后，已调整计划完成时间`,
      paused: `${prefix}因上级政策调整暂缓实施`,
    },
  };
}
