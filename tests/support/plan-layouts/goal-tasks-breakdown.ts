/**
 * 目标任务分解表 as a county sends it to its schools: the table's title in a
 * merged row above the header, 序号 | 目标与任务 | 分管县领导 | 牵头责任单位 |
 * 责任单位 | 完成时限, leader names padded to three characters (俞 悦), and
 * the leader and lead unit merged down over the three rows they cover.
 */
import type { PlanDocument } from "@/lib/plans/parser/blocks";
import { ABOVE, LEFT, paragraphs, table } from "./build";

export const goalTasksBreakdown: PlanDocument = {
  format: "docx",
  blocks: [
    ...paragraphs("附件1"),
    table(
      [
        ["北川县2025年教育体育工作目标任务分解表", LEFT, LEFT, LEFT, LEFT, LEFT],
        ["序号", "目标与任务", "分管县领导", "牵头责任单位", "责任单位", "完成时限"],
        ["一、全面提高教育教学质量", LEFT, LEFT, LEFT, LEFT, LEFT],
        ["1", "巩固义务教育优质均衡发展成果，义务教育巩固率保持在99%以上。", "俞 悦", "县教体局", "各中小学校", "2025年12月底"],
        ["2", "深化课堂教学改革，开展县级优质课评选活动。", ABOVE, ABOVE, "县教研室", "2025年6月底前"],
        ["3", "实施高中教育质量提升行动，\n本科上线率提高2个百分点。", ABOVE, ABOVE, "县第一中学、县第二中学", "2025年8月"],
        ["二、改善办学条件", LEFT, LEFT, LEFT, LEFT, LEFT],
        ["4", "完成城区第三小学新建工程，新增学位1350个。", "马 骏", "县住建局", "县教体局、县财政局", "2025年9月底前"],
        ["5", "推进学校食堂“明厨亮灶”建设全覆盖。", "张晓东", "县市场监管局", "县教体局\n各中小学校", "长期坚持"],
      ],
      { headerRows: [1] },
    ),
  ],
};
