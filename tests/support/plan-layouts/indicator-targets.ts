/**
 * A development plan's indicator table with 属性 (预期性 / 约束性) and
 * category rows spanning the table (学前教育, 义务教育).
 */
import type { PlanDocument } from "@/lib/plans/parser/blocks";
import { LEFT, paragraphs, table } from "./build";

export const indicatorTargets: PlanDocument = {
  format: "docx",
  blocks: [
    ...paragraphs("东湖区教育事业发展“十五五”规划", "一、发展目标", "到2030年，基本建成高质量教育体系，主要指标见表1。", "表1 东湖区“十五五”教育发展主要指标"),
    table([
      ["指标", "2025年", "2030年", "属性"],
      ["学前教育", LEFT, LEFT, LEFT],
      ["学前三年毛入园率（%）", "95", "97", "预期性"],
      ["普惠性幼儿园覆盖率（%）", "88", "92", "约束性"],
      ["义务教育", LEFT, LEFT, LEFT],
      ["九年义务教育巩固率（%）", "99.2", "99.5", "约束性"],
      ["学生近视率（%）", "52", "47", "约束性"],
    ]),
    ...paragraphs(
      "二、主要任务",
      "（一）扩大普惠性学前教育资源",
      "1.新建公办幼儿园。新建、改扩建公办幼儿园5所。",
      "2.扶持普惠性民办幼儿园。完善认定和奖补办法。",
      "（二）推进义务教育优质均衡",
      "3.加强学生视力健康管理。落实每天2小时综合体育活动。",
    ),
  ],
};
