/**
 * 重点工作任务分解表 as a district bureau circulates it: a 通知 cover letter,
 * the table's title, then 序号 | 重点工作任务 | 主要责任单位 | 协同配合单位 with
 * chapter rows (一、…) spanning the table between the task rows, a header row
 * repeated on the second page and a row whose 协同配合单位 ran onto it.
 */
import type { PlanDocument } from "@/lib/plans/parser/blocks";
import { LEFT, paragraphs, table } from "./build";

const HEADER = ["序号", "重点工作任务", "主要责任单位", "协同配合单位"];

export const keyTasksBreakdown: PlanDocument = {
  format: "docx",
  blocks: [
    ...paragraphs(
      "河西区教育局文件",
      "河西教发〔2025〕6号",
      "河西区教育局关于印发2025年教育工作重点任务分解表的通知",
      "各中小学校、幼儿园，局机关各科室：",
      "现将2025年教育工作重点任务分解表印发给你们，请各责任单位对照任务分工，细化工作措施，明确完成时限，确保各项任务落到实处。",
      "河西区教育局",
      "2025年2月18日",
      "河西区2025年教育工作重点任务分解表",
    ),
    table(
      [
        HEADER,
        ["一、推进学前教育普及普惠", LEFT, LEFT, LEFT],
        ["1", "实施学前教育扩容工程，新建公办幼儿园2所，新增学位540个，普惠性幼儿园覆盖率达到92%以上。", "区教育局", "区发改局、财政局、自然资源局"],
        ["2", "开展幼儿园办园行为督导评估，\n规范民办幼儿园收费和招生行为。", "区教育局学前教育科", "区教育督导室"],
        ["二、促进义务教育优质均衡发展", LEFT, LEFT, LEFT],
        ["3", "深化集团化办学改革，组建紧密型教育集团3个。", "区教育局基础教育科", "各中小学校"],
        ["4", "落实“双减”政策，课后服务覆盖率保持100%。", "区教育局", "区市场监管局\n各中小学校"],
        ["三、建设高素质专业化教师队伍", LEFT, LEFT, LEFT],
        ["5", "加强师德师风建设，完善师德考核评价机制。", "区教育局人事科", "各中小学校、幼儿园"],
        HEADER,
        ["6", "实施教师培训提升计划，全年培训教师1200人次。", "区教育局人事科", "区教师发展中心、区财政局"],
        ["", "", "", "区人社局"],
      ],
      { headerRows: [0, 9] },
    ),
    ...paragraphs("河西区教育局办公室 2025年2月18日印发"),
  ],
};
