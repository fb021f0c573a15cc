/**
 * 整改清单 after a 督导 visit: 序号 | 存在问题 | 整改措施 | 责任单位 | 责任人 |
 * 整改时限, each problem one row, a row continued onto the next page (its
 * measures and units only), and a closing note under the table.
 */
import type { PlanDocument } from "@/lib/plans/parser/blocks";
import { paragraphs, table } from "./build";

export const rectificationList: PlanDocument = {
  format: "docx",
  blocks: [
    ...paragraphs("青原县教育局关于义务教育优质均衡发展督导评估反馈问题整改清单"),
    table([
      ["序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"],
      [
        "1",
        "部分学校音体美专用教室不足",
        "1.统筹改造闲置校舍，新增音乐、美术专用教室12间；2.将专用教室建设纳入年度项目计划。",
        "县教育局计财股",
        "刘 洋",
        "2025年8月底前",
      ],
      ["2", "农村学校教师结构性缺编，音体美学科教师不足", "通过公开招聘、交流轮岗补充音体美教师30名。", "县教育局人事股、县人社局", "陈建国", "2025年9月"],
      ["", "", "建立县域内教师走教制度。", "各乡镇中心学校", "", ""],
      ["3", "校园安全隐患排查不够彻底", "开展校园安全隐患大排查，建立问题台账，实行销号管理。", "县教育局安全股", "王 芳", "立行立改，长期坚持"],
    ]),
    ...paragraphs("注：整改完成后，各责任单位于每月25日前报送整改进展。"),
  ],
};
