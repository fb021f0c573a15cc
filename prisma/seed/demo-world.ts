// Demo world for EduPlan: tenants, their hierarchy, and per bureau the
// organisational units and leaders named in its plan documents.
//
// The unit and leader lists were extracted by hand from the five public
// documents in ./documents/ (jinfeng-2022-work-points, jinfeng-2022-party-
// building, xingqing-14th-five-year-plan, helan-quality-action-plan,
// huiji-2023-work-points) and are for demo data only. They are not an
// authoritative directory of any bureau's organisation or staff.
//
// Extraction rules: units are every name in 责任单位 / 牵头单位 / 配合单位
// lines (for documents without such lines: only clearly organisational units
// the text assigns work to); padding spaces removed, lists split on spaces,
// 、 ， , ；, shared prefixes expanded (县发改局、财政局 → 县财政局), original
// spellings kept, no duplicate names per tenant, in order of first
// appearance. Leaders are the people in 责任领导 / 分管领导 lines, in order of
// first appearance.

export type OrgUnitKind = "department" | "school" | "kindergarten" | "township" | "county_department" | "party_branch" | "group" | "other";

export interface DemoUnit {
  name: string;
  kind: OrgUnitKind;
}

export interface DemoTenant {
  code: string;
  name: string;
  parentCode: string | null;
  kind: "city" | "bureau";
  units: DemoUnit[];
  leaders: string[];
}

/** Many demo units are county departments (发改、住建、…): listed by name alone. */
const countyDepartments = (...names: string[]): DemoUnit[] => names.map((name) => ({ name, kind: "county_department" }));

export const DEMO_TENANTS: readonly DemoTenant[] = [
  {
    code: "yinchuan",
    name: "银川市教育局",
    parentCode: null,
    kind: "city",
    units: [],
    leaders: [],
  },
  {
    // jinfeng-2022-work-points.txt (责任单位 / 责任领导 lines) and
    // jinfeng-2022-party-building.txt (no such lines; prose assignments).
    code: "jinfeng",
    name: "金凤区教育局",
    parentCode: "yinchuan",
    kind: "bureau",
    units: [
      { name: "教育党工委", kind: "party_branch" },
      { name: "各支部", kind: "party_branch" },
      { name: "各中小学、幼儿园", kind: "group" },
      { name: "教研室", kind: "department" },
      { name: "基教室", kind: "department" },
      { name: "各中小学校、幼儿园", kind: "group" },
      { name: "信息中心", kind: "department" },
      { name: "基建室", kind: "department" },
      { name: "学前室", kind: "department" },
      { name: "督导室", kind: "department" },
      { name: "条装室", kind: "department" },
      { name: "财务室", kind: "department" },
      { name: "办公室", kind: "department" },
      { name: "各幼儿园", kind: "group" },
      { name: "民办室", kind: "department" },
      { name: "各中小学校", kind: "group" },
      // Same body as 教育党工委; kept under the document's own spelling (items 17, 19).
      { name: "党工委", kind: "party_branch" },
      { name: "人事室", kind: "department" },
      { name: "局机关各科室", kind: "department" },
      // Party-building document: "各中小学校党支部确保每年发展一名优秀青年教师入党".
      { name: "各中小学校党支部", kind: "party_branch" },
    ],
    leaders: ["张学兵", "高学芳", "赵丽", "崔茜", "马学明"],
  },
  {
    // xingqing-14th-five-year-plan.txt has no responsibility lines; units are
    // the bodies the text assigns work to (三.3 校园安保, 四.(一) 保障措施).
    code: "xingqing",
    name: "兴庆区教育局",
    parentCode: "yinchuan",
    kind: "bureau",
    units: [
      { name: "各学校", kind: "group" },
      ...countyDepartments("发改部门", "住建部门", "自然资源部门", "区编办", "人社部门", "公安部门", "市场监管部门", "文旅部门"),
    ],
    leaders: [],
  },
  {
    // helan-quality-action-plan.txt (牵头单位 / 责任单位 / 配合单位 lines).
    code: "helan",
    name: "贺兰县教育体育局",
    parentCode: "yinchuan",
    kind: "bureau",
    units: [
      // The bureau itself, named as lead/responsible unit on every task.
      { name: "县教体局", kind: "department" },
      ...countyDepartments("县委宣传部", "团县委"),
      { name: "富兴街道办", kind: "township" },
      { name: "各乡镇场", kind: "group" },
      ...countyDepartments("县委统战部（民宗局）", "县财政局", "县委网信办", "县卫健局", "县文旅局", "县发改局", "县自然资源局", "县农业农村局"),
      { name: "青松职业技术学校", kind: "school" },
      { name: "宁夏交通学校", kind: "school" },
      ...countyDepartments(
        "县人大办",
        "县政协办",
        "县人社局",
        "县委编办",
        "县市场监管局",
        "县综合执法局",
        "县科技局",
        "县民政局",
        "县公安局",
        "县消防大队",
        "县委政法委",
        "县水务局",
      ),
    ],
    leaders: [],
  },
  {
    code: "zhengzhou",
    name: "郑州市教育局",
    parentCode: null,
    kind: "city",
    units: [],
    leaders: [],
  },
  {
    // huiji-2023-work-points.txt has no responsibility lines; units are the
    // addressees the document is issued to for implementation.
    code: "huiji",
    name: "惠济区教育局",
    parentCode: "zhengzhou",
    kind: "bureau",
    units: [
      { name: "各中心学校", kind: "group" },
      { name: "局直学校（园）", kind: "group" },
      { name: "局机关各科室", kind: "department" },
      { name: "各二级机构", kind: "department" },
    ],
    leaders: [],
  },
];
