// Guesses a unit's kind from its name as Chinese county and district
// documents write it (县委统战部, 富兴街道办, 贺兰一中, 各中小学校、幼儿园). Pure:
// the plan import, task editing, the school import and the kind migration's
// data step all call it, and an admin corrects any guess on the units page.
// The order matters: a group before its members' words (各幼儿园 is not a
// kindergarten), a party body before the school it sits in (XX小学党支部), a
// school before the county prefix (县第一中学), the bureau's own offices last.
import type { OrgUnitKind } from "@/lib/generated/prisma/enums";

/** Plural or collective names: 各…, lists, 全县…, 相关部门, or a bare class of units. */
const GROUP_PREFIX = /^(各|全[县区市旗]|所有|相关|有关|局直|局属|县属|区属|市属|辖区)/;
const GROUP_LIST = /[、，,；;\/]/;
const GENERIC_CLASS =
  /^(中小学校?|中学|小学|学校|幼儿园|中小学幼儿园|公办幼儿园|民办幼儿园|民办学校|中心学校|农村学校|义务教育学校|普通高中|高中|职业学校|学区|街道|乡镇|乡镇街道|街道乡镇|科室|股室|部门|单位)$/;

/** County-level bodies whose names would otherwise read as a party body or a school. */
const COUNTY_EXCEPTIONS = /((?<!机)关工委|关心下一代工作委员会|党校)$|^团[县区市旗]委|^[县区市旗]委$/;

const PARTY = /(党工委|工委|党委|党组|党总支|总支|党支部|支部|纪检组|纪工委|党建办)$/;

const KINDERGARTEN = /(幼儿园|幼稚园|托儿所|托育中心|幼教中心|[一二三四五六七八九十\d]+幼)$/;
const SCHOOL =
  /(学校|中学|小学|完小|学院|大学|中心校|教学点|九年制|十二年制|一贯制|初中|高中|附中|附小|分校|校区|职教中心|特教中心|[一二三四五六七八九十\d]+[中小]|[^部]校)$/;

/** 街道 / 镇 / 乡 (and 苏木, 社区), with or without 办事处, 办, (人民)政府. */
const TOWNSHIP_SUFFIX = /(办事处|人民政府|政府|办)$/;
const TOWNSHIP = /(街道|镇|乡|苏木|社区|村委会|居委会|农场|管委会)$/;

/** The bureau itself: its own name in a document is one of its own offices. */
const BUREAU_ITSELF = /(教育局|教体局|教育体育局|教育和体育局|教育科技局|教育科学技术局)$/;

const COUNTY_PREFIX = /^(中共)?(\S{0,6}?)(省|自治区|市|州|盟|县|区|旗)(委|人民政府|政府)?/;
const GOVERNMENT_SUFFIX =
  /(局|委|办|部|厅|院|所|队|中心|站|会|联|政府|部门|公司|集团|银行|法院|检察院|人大|政协|武装部|宣传部|统战部|组织部|政法委|编办|网信办)$/;
const GOVERNMENT_WORDS =
  /(发改|发展和改革|财政|人社|人力资源|住建|住房和城乡建设|自然资源|国土|规划|卫健|卫生健康|卫生|疾控|公安|民政|司法|审计|统计|税务|市场监|文旅|文化|旅游|农业农村|农牧|水务|水利|交通|应急|生态环境|环保|城管|综合执法|科技|工信|工业和信息化|商务|医保|退役军人|信访|编办|编委|宣传部|组织部|统战部|政法委|网信|纪委|监委|人武部|武装部|消防|派出所|交警|妇联|残联|总工会|团委|科协|人大|政协|政府办|融媒体|气象|供电|民宗|宗教|乡村振兴|机关事务|档案|党史|法院|检察院|红十字会|住房保障|体育局|体育中心|宣传|编制)/;

/** The bureau's own offices: 室, 科, 股, 中心, 办公室, 局机关. */
const OWN_OFFICE = /(室|科|股|处|中心|办|组|站|所|馆|宫)$|^局机关|^局/;

/** A name as matched: no spaces, no trailing parenthetical (县委统战部（民宗局） → 县委统战部). */
function bare(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/\([^()]*\)$/, "");
}

export function guessUnitKind(name: string): OrgUnitKind {
  const full = name.normalize("NFKC").replace(/\s+/g, "");
  const base = bare(name);
  if (!base) return "other";
  if (GROUP_PREFIX.test(full) || GROUP_LIST.test(base) || /各/.test(full) || GENERIC_CLASS.test(base)) return "group";
  if (COUNTY_EXCEPTIONS.test(base)) return "county_department";
  if (PARTY.test(base)) return "party_branch";
  if (KINDERGARTEN.test(base)) return "kindergarten";
  if (SCHOOL.test(base)) return "school";
  if (TOWNSHIP.test(base.replace(TOWNSHIP_SUFFIX, "")) && !BUREAU_ITSELF.test(base)) return "township";
  if (BUREAU_ITSELF.test(base)) return "department";
  if (GOVERNMENT_WORDS.test(base)) return "county_department";
  if (COUNTY_PREFIX.test(base) && GOVERNMENT_SUFFIX.test(base) && !/教育|教研|教体|督导|学前|基教/.test(base)) return "county_department";
  if (OWN_OFFICE.test(base)) return "department";
  return "other";
}
