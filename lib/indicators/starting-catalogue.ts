// The platform's starting indicator catalogue (口径): the quantified rates the
// five public plan documents report against (xingqing's 主要发展指标 table and
// the rates other bureaus state in their text). It is not demo data: every
// installation needs it so imported plans can be mapped. Synonyms are the
// wordings the documents actually use, because suggestions match on them.
// seedIndicatorCatalogue (seed-catalogue.ts) writes it on every start.

export interface CatalogueEntry {
  code: string;
  name: string;
  synonyms: string[];
  unit: string | null;
  direction: "gte" | "lte";
  definition: string;
}

/** Version 1 of every entry takes effect from this date (before the oldest seeded plan). */
export const CATALOGUE_EFFECTIVE_FROM = "2020-01-01";

export const INDICATOR_CATALOGUE: readonly CatalogueEntry[] = [
  {
    code: "preschool-gross-enrollment",
    name: "学前三年毛入园率",
    synonyms: ["学前教育毛入园率", "学前三年毛入园率"],
    unit: "%",
    direction: "gte",
    definition:
      "在园幼儿数（不分年龄）占3—5周岁适龄幼儿人口数的百分比。分子为各类幼儿园在园幼儿总数，分母为本行政区域常住3—5周岁人口数；按教育事业统计年报口径，可超过100%。",
  },
  {
    code: "preschool-inclusive-coverage",
    name: "普惠性学前教育覆盖率",
    synonyms: ["普惠率", "普惠性幼儿园覆盖率", "普惠性学前教育覆盖率", "学前教育普惠率", "普惠性幼儿园在园幼儿占比", "普惠园在园幼儿占比"],
    unit: "%",
    direction: "gte",
    definition:
      "在公办幼儿园和普惠性民办幼儿园就读的在园幼儿数占在园幼儿总数的百分比。普惠性民办幼儿园以县级教育行政部门认定并公布的名单为准；按教育事业统计年报口径。",
  },
  {
    code: "preschool-public-share",
    name: "公办园在园幼儿占比",
    synonyms: ["公办学前教育覆盖率", "公办幼儿园在园幼儿占比", "公办在园人数占比", "公办覆盖率"],
    unit: "%",
    direction: "gte",
    definition: "在公办幼儿园（含教育部门、其他部门、事业单位、部队及集体举办的幼儿园）就读的在园幼儿数占在园幼儿总数的百分比；按教育事业统计年报口径。",
  },
  {
    code: "preschool-teacher-certification",
    name: "学前教育教师持证上岗比例",
    synonyms: ["学前教育教师持证上岗率", "幼儿园教师持证上岗率", "幼儿教师持证上岗"],
    unit: "%",
    direction: "gte",
    definition: "幼儿园专任教师中持有幼儿园（或更高学段）教师资格证书的人数占幼儿园专任教师总数的百分比；统计时点为学年初。",
  },
  {
    code: "compulsory-retention",
    name: "九年义务教育巩固率",
    synonyms: ["义务教育巩固率"],
    unit: "%",
    direction: "gte",
    definition:
      "初中毕业班学生数占该年级学生入小学一年级时学生数的百分比。分母为九年前小学一年级入学人数，扣除死亡人数并计入转入、转出学生；按教育事业统计年报口径。",
  },
  {
    code: "high-school-gross-enrollment",
    name: "高中阶段毛入学率",
    synonyms: ["高中阶段教育毛入学率", "高中毛入学率"],
    unit: "%",
    direction: "gte",
    definition: "高中阶段（普通高中、中等职业教育及成人高中）在校生数占15—17周岁适龄人口数的百分比；按教育事业统计年报口径，可超过100%。",
  },
  {
    code: "compulsory-teacher-bachelor",
    name: "义务教育专任教师本科以上学历比例",
    synonyms: ["义务教育专任教师中本科以上学历比例", "义务教育专任教师本科及以上学历比例"],
    unit: "%",
    direction: "gte",
    definition: "义务教育阶段学校（小学、初中及九年一贯制学校）专任教师中具有本科及以上学历的人数占专任教师总数的百分比；统计时点为学年初。",
  },
  {
    code: "disabled-children-enrollment",
    name: "残疾儿童少年入学率",
    synonyms: ["残疾儿童少年义务教育阶段入学率", "适龄残疾儿童少年入学率", "残疾儿童少年义务教育入学率", "残疾儿童入学率", "适龄残疾儿童受教育率"],
    unit: "%",
    direction: "gte",
    definition:
      "义务教育阶段适龄残疾儿童少年中，在特殊教育学校就读、在普通学校随班就读或附设特教班就读、接受送教上门的人数之和占适龄残疾儿童少年总数的百分比；以残联与教育部门核实的台账为准。",
  },
  {
    code: "working-age-schooling-years",
    name: "劳动年龄人口平均受教育年限",
    synonyms: [],
    unit: "年",
    direction: "gte",
    definition: "16—59周岁劳动年龄人口平均接受学历教育的年数，按人口普查或人口抽样调查的受教育程度折算。",
  },
  {
    code: "myopia-rate",
    name: "近视率",
    synonyms: ["儿童青少年总体近视率", "学生近视率"],
    unit: "%",
    direction: "lte",
    definition: "中小学生（含幼儿园大班）视力筛查中判定为近视的人数占筛查人数的百分比，按国家儿童青少年近视调查口径；数值越低越好。",
  },
];
