// Banks for the names that vary per district of the benchmark province
// (synthetic; any resemblance to real people or schools is accidental).

export const SURNAMES = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
];

export const GIVEN_NAMES = [
  "建国",
  "志强",
  "秀英",
  "丽",
  "伟",
  "敏",
  "静",
  "磊",
  "军",
  "洋",
  "勇",
  "艳",
  "杰",
  "娟",
  "涛",
  "明",
  "超",
  "秀兰",
  "霞",
  "平",
  "刚",
  "桂英",
  "学军",
  "红梅",
  "晓燕",
  "海峰",
  "文博",
  "雪梅",
  "立新",
  "国华",
  "春燕",
  "永刚",
  "慧",
  "宁",
  "晨",
  "学兵",
  "学芳",
  "茜",
  "学明",
  "振华",
];

export const LEADER_TITLES = ["局长", "副局长", "副局长", "副局长", "党组成员", "总督学", "副局长"];

/** Departments a bureau may have; unit-less tasks are assigned among them. */
export const DEPARTMENT_BANK = [
  "办公室",
  "基础教育科",
  "学前教育科",
  "教师发展中心",
  "教研室",
  "督导室",
  "安全稳定科",
  "体卫艺科",
  "计划财务科",
  "人事科",
  "组织宣传科",
  "信息中心",
  "基建装备科",
  "民办教育科",
  "职业与成人教育科",
  "招生考试中心",
];

/** Alternative names districts use for the documents' departments. */
export const DEPARTMENT_ALIASES: Record<string, string> = {
  教研室: "教学研究室",
  基教室: "基础教育科",
  学前室: "学前教育科",
  督导室: "教育督导室",
  财务室: "计划财务科",
  人事室: "人事科",
  信息中心: "教育信息化中心",
  办公室: "局办公室",
  基建室: "基建科",
  条装室: "装备中心",
  民办室: "民办教育科",
  局机关各科室: "机关各科室",
  各二级机构: "局属各二级机构",
};

export const SCHOOL_BANK = [
  "第一中学",
  "第二中学",
  "第三中学",
  "实验中学",
  "第一小学",
  "第二小学",
  "第三小学",
  "实验小学",
  "育才学校",
  "阳光学校",
  "职业技术学校",
  "特殊教育学校",
  "第一幼儿园",
  "第二幼儿园",
  "中心幼儿园",
  "实验幼儿园",
];
