/**
 * Golden documents of the table layouts bureaus circulate, written
 * format-neutrally as PlanDocument literals, with the figures each must read
 * as. Readers' tests render them to .docx / .pdf / .xlsx and compare
 * `layoutDigest(parsePlanDocument(readBack))` with `expected`; the block-level
 * parse is asserted exactly in tests/unit/plans/tables/.
 */
import type { PlanDocument } from "@/lib/plans/parser/blocks";
import type { LayoutDigest } from "./digest";
import { keyTasksBreakdown } from "./key-tasks-breakdown";
import { goalTasksBreakdown } from "./goal-tasks-breakdown";
import { rectificationList } from "./rectification-list";
import { annexProjectsPlan } from "./annex-projects-plan";
import { indicatorTargets } from "./indicator-targets";

export interface PlanLayout {
  /** Usable as a file name. */
  name: string;
  description: string;
  document: PlanDocument;
  expected: LayoutDigest;
}

export const PLAN_LAYOUTS: readonly PlanLayout[] = [
  {
    name: "key-tasks-breakdown",
    description: "重点工作任务分解表：通知、表名，章节行夹在任务行之间，重复表头，跨页续行",
    document: keyTasksBreakdown,
    expected: {
      title: "河西区2025年教育工作重点任务分解表",
      sections: ["推进学前教育普及普惠", "促进义务教育优质均衡发展", "建设高素质专业化教师队伍"],
      tasks: [
        {
          number: 1,
          title: "实施学前教育扩容工程，新建公办幼儿园2所，新增学位540个，普惠性幼儿园覆盖率达到92%以上",
          measures: 0,
          leaders: [],
          units: ["区教育局:lead", "区发改局:cooperate", "区财政局:cooperate", "区自然资源局:cooperate"],
          deadline: null,
        },
        {
          number: 2,
          title: "开展幼儿园办园行为督导评估，规范民办幼儿园收费和招生行为",
          measures: 0,
          leaders: [],
          units: ["区教育局学前教育科:lead", "区教育督导室:cooperate"],
          deadline: null,
        },
        {
          number: 3,
          title: "深化集团化办学改革，组建紧密型教育集团3个",
          measures: 0,
          leaders: [],
          units: ["区教育局基础教育科:lead", "各中小学校:cooperate"],
          deadline: null,
        },
        {
          number: 4,
          title: "落实“双减”政策，课后服务覆盖率保持100%",
          measures: 0,
          leaders: [],
          units: ["区教育局:lead", "区市场监管局:cooperate", "各中小学校:cooperate"],
          deadline: null,
        },
        {
          number: 5,
          title: "加强师德师风建设，完善师德考核评价机制",
          measures: 0,
          leaders: [],
          units: ["区教育局人事科:lead", "各中小学校、幼儿园:cooperate"],
          deadline: null,
        },
        {
          number: 6,
          title: "实施教师培训提升计划，全年培训教师1200人次",
          measures: 0,
          leaders: [],
          units: ["区教育局人事科:lead", "区教师发展中心:cooperate", "区财政局:cooperate", "区人社局:cooperate"],
          deadline: null,
        },
      ],
      projects: [],
      indicators: [],
    },
  },
  {
    name: "goal-tasks-breakdown",
    description: "目标任务分解表：表头上方的合并标题行，分管县领导（俞 悦），向下合并的单元格，完成时限",
    document: goalTasksBreakdown,
    expected: {
      title: "北川县2025年教育体育工作目标任务分解表",
      sections: ["全面提高教育教学质量", "改善办学条件"],
      tasks: [
        {
          number: 1,
          title: "巩固义务教育优质均衡发展成果，义务教育巩固率保持在99%以上",
          measures: 0,
          leaders: ["俞悦"],
          units: ["县教体局:lead", "各中小学校:responsible"],
          deadline: "2025年12月底",
        },
        {
          number: 2,
          title: "深化课堂教学改革，开展县级优质课评选活动",
          measures: 0,
          leaders: ["俞悦"],
          units: ["县教体局:lead", "县教研室:responsible"],
          deadline: "2025年6月底前",
        },
        {
          number: 3,
          title: "实施高中教育质量提升行动，本科上线率提高2个百分点",
          measures: 0,
          leaders: ["俞悦"],
          units: ["县教体局:lead", "县第一中学:responsible", "县第二中学:responsible"],
          deadline: "2025年8月",
        },
        {
          number: 4,
          title: "完成城区第三小学新建工程，新增学位1350个",
          measures: 0,
          leaders: ["马骏"],
          units: ["县住建局:lead", "县教体局:responsible", "县财政局:responsible"],
          deadline: "2025年9月底前",
        },
        {
          number: 5,
          title: "推进学校食堂“明厨亮灶”建设全覆盖",
          measures: 0,
          leaders: ["张晓东"],
          units: ["县市场监管局:lead", "县教体局:responsible", "各中小学校:responsible"],
          deadline: "长期坚持",
        },
      ],
      projects: [],
      indicators: [],
    },
  },
  {
    name: "rectification-list",
    description: "整改清单：问题 | 整改措施 | 责任单位 | 责任人 | 整改时限，跨页续行",
    document: rectificationList,
    expected: {
      title: "青原县教育局关于义务教育优质均衡发展督导评估反馈问题整改清单",
      sections: [""],
      tasks: [
        { number: 1, title: "部分学校音体美专用教室不足", measures: 2, leaders: ["刘洋"], units: ["县教育局计财股:responsible"], deadline: "2025年8月底前" },
        {
          number: 2,
          title: "农村学校教师结构性缺编，音体美学科教师不足",
          measures: 2,
          leaders: ["陈建国"],
          units: ["县教育局人事股:responsible", "县人社局:responsible", "各乡镇中心学校:responsible"],
          deadline: "2025年9月",
        },
        { number: 3, title: "校园安全隐患排查不够彻底", measures: 1, leaders: ["王芳"], units: ["县教育局安全股:responsible"], deadline: "立行立改，长期坚持" },
      ],
      projects: [],
      indicators: [],
    },
  },
  {
    name: "annex-projects-plan",
    description: "实施方案正文 + 附件2 项目表（合计行），任务中“具体项目见附件2”",
    document: annexProjectsPlan,
    expected: {
      title: "青原县学校建设三年行动实施方案（2024—2026年）",
      sections: ["重点任务"],
      tasks: [
        { number: 1, title: "实施学前教育扩容工程", measures: 1, leaders: [], units: [], deadline: null },
        { number: 2, title: "实施义务教育学校新建改扩建工程", measures: 1, leaders: [], units: [], deadline: null },
        { number: 3, title: "实施学校安全设施提升工程", measures: 1, leaders: [], units: [], deadline: null },
      ],
      projects: [
        { name: "城南小学新建项目", investmentWanYuan: 9800, years: "2024-2026年", units: ["县教育局:responsible", "县住建局:responsible"], taskNumber: 2 },
        { name: "城关中学改扩建项目", investmentWanYuan: 3600, years: "2024-2025年", units: ["县教育局:responsible"], taskNumber: 2 },
        { name: "第二幼儿园新建项目", investmentWanYuan: 12000, years: "2025年", units: ["县教育局:responsible", "县发改局:responsible"], taskNumber: 2 },
      ],
      indicators: [],
    },
  },
  {
    name: "indicator-targets",
    description: "规划正文中的主要指标表：属性（预期性/约束性），跨列的类别行",
    document: indicatorTargets,
    expected: {
      title: "东湖区教育事业发展“十五五”规划",
      sections: ["主要任务", "  扩大普惠性学前教育资源", "  推进义务教育优质均衡"],
      tasks: [
        { number: 1, title: "新建公办幼儿园", measures: 1, leaders: [], units: [], deadline: null },
        { number: 2, title: "扶持普惠性民办幼儿园", measures: 1, leaders: [], units: [], deadline: null },
        { number: 3, title: "加强学生视力健康管理", measures: 1, leaders: [], units: [], deadline: null },
      ],
      projects: [],
      indicators: [
        { name: "学前三年毛入园率", category: "学前教育", baseline: 95, target: 97, attribute: "预期性" },
        { name: "普惠性幼儿园覆盖率", category: "学前教育", baseline: 88, target: 92, attribute: "约束性" },
        { name: "九年义务教育巩固率", category: "义务教育", baseline: 99.2, target: 99.5, attribute: "约束性" },
        { name: "学生近视率", category: "义务教育", baseline: 52, target: 47, attribute: "约束性" },
      ],
    },
  },
];

export { layoutDigest, type LayoutDigest } from "./digest";
export { ABOVE, LEFT, paragraphs, table } from "./build";
