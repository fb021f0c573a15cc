/**
 * People and unit lists from 责任领导 / 责任单位 style fields.
 *
 * Separators seen in practice: spaces, 、 ， , ； ; and line breaks.
 * Two-character names are often padded to the width of three-character ones
 * ("赵 丽"), so runs of single-character tokens are glued back together.
 */
import { roleOfWord, ROLE_WORDS } from "./role-words";
import type { ResponsibleUnit, UnitRole } from "./types";
import { splitTopLevel, trimEndOf } from "./text";

/**
 * "赵 丽 崔 茜" arrives as four one-character tokens. Padding is applied to
 * two-character names, so pairs are the default; an odd run ends with a
 * three-character name rather than leaving a lone surname behind.
 */
export function mergePaddedTokens(tokens: string[]): string[] {
  const out: string[] = [];
  const run: string[] = [];
  const flush = () => {
    while (run.length > 0) {
      const take = run.length === 3 ? 3 : run.length === 1 ? 1 : 2;
      out.push(run.splice(0, take).join(""));
    }
  };
  for (const t of tokens) {
    if (Array.from(t).length === 1 && /[\u4e00-\u9fa5]/.test(t)) run.push(t);
    else {
      flush();
      out.push(t);
    }
  }
  flush();
  return out;
}

function unique<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const k = key(i);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// Posts written beside a leader's name (局长 王建平, 副局长王建平, 王建平局长): not part of it.
const POST_WORDS =
  "(?:[一二三四]级)?主任科员|副主任科员|县委常委|常务副县长|常务副区长|副县长|县长|副区长|区长|副市长|市长|(?:局)?党组书记|党委书记|副书记|书记|(?:局)?党组成员|副局长|局长|副主任|主任|副校长|校长|副院长|院长|副部长|部长|副科长|科长|副股长|股长|副主席|主席|(?:副)?总督学|督学|(?:[一二三四]级)?调研员|副调研员|(?:[一二]级)?巡视员|副巡视员|(?:[一二]级)?科员|纪检(?:监察)?组(?:组)?长";
// Whose post it is, written before it (区教育局局长, 县政府副县长, 纪委书记, 工会主席, 办公室主任, 分管副局长).
const POST_OF =
  "(?:[县区市旗州](?:委|政府|人民政府|教育局|教体局|教育体育局)|教育局|教体局|分管|主管|纪委|纪工委|派驻|驻局|机关党委(?:专职)?|机关党总支|局?党委|局?党组|工会|办公室|督导室)";
const POSTS = `(?:${POST_OF}?(?:${POST_WORDS}))`;
const POST_ONLY = new RegExp(`^${POSTS}+$`);
const POST_BEFORE = new RegExp(`^${POSTS}+`);
const POST_AFTER = new RegExp(`${POSTS}+$`);
const POST_COLON = new RegExp(`^(${POSTS}+)\\s*[:：]`);
// What is left of 分管副局长, 各校校长, 县委书记, 教育局局长 is no name: the post stays, and the parser's warning with it.
const NOT_A_NAME = /^(分管|主管|牵头|各|县委|区委|市委|州委|党组|党委)|(局|委|办|部|院|校|园|科|股|室|中心|政府)$/;

/** The name with a post written on to it removed, when what is left is a person's name. */
function withoutPost(token: string): string {
  for (const post of [POST_BEFORE, POST_AFTER]) {
    const rest = token.replace(post, "");
    if (rest !== token && looksLikePersonName(rest) && !NOT_A_NAME.test(rest)) return rest;
  }
  return token;
}

/**
 * A school's 负责人：政教处 李红梅 (or 责任人：教导处 王建平、各教研组长) names
 * the office that does the work before the person who answers for it: each
 * list piece that opens with a unit's name followed by a person's is split
 * there. `offices` are those units (responsible), `people` the value left for splitPeople.
 */
export function officesBeforeNames(value: string): { offices: ResponsibleUnit[]; people: string } {
  const offices: string[] = [];
  const pieces = splitTopLevel(value, /[、，,；;]/).flatMap((piece) => {
    const [first, ...rest] = piece.split(/\s+/);
    if (!first) return [];
    // 教导处、政教处 王建平: an office alone in the list is one too.
    if (rest.length === 0) {
      // 各区教育局分管副局长: the office does the work; the post stays, and is warned about.
      const post = OFFICE_THEN_POST.exec(first);
      if (post && isOffice(post[1]!) && POST_ONLY.test(post[2]!)) {
        offices.push(post[1]!);
        return [post[2]!];
      }
      if (!isOffice(first)) return [piece];
      offices.push(first);
      return [];
    }
    // A name padded to three characters (张 伟), a post in brackets (王建平（副校长）), 各教研组长: the person's part.
    const personal = rest.every((t) => t.length === 1 || t.startsWith("各") || looksLikePersonName(t.replace(/[（(][^）)]*[）)]?$/, "")));
    if (!isOffice(first) || !personal) return [piece];
    offices.push(first);
    return [rest.join(" ")];
  });
  return { offices: offices.flatMap((office) => splitUnits(office, "responsible")), people: offices.length ? pieces.join("、") : value };
}

/**
 * An office, not a person, in a 负责人 value: 政教处, 教科室, 基础教育股, 县教育局. A
 * three-character name may end as an office does (王建科, 张晓会), so an ending
 * people's names share must come with a longer name.
 */
const OFFICE_ONLY_END = /(局|处|室|股|委|办|中心|学校|小学|中学|幼儿园|政府|年级组|教研组)$/;

const OFFICE_THEN_POST = /^(.{3,}?(?:局|处|室|股|委|办|中心|学校))(.{2,})$/;

function isOffice(token: string): boolean {
  // 各教研组长, 年级主任: people by their post.
  if (POST_ONLY.test(token) || NOT_AN_OFFICE.test(token) || /(长|主任|书记|老师|教师|负责人|同志)$/.test(token)) return false;
  return token.length >= 3 && (OFFICE_ONLY_END.test(token) || (token.length >= 4 && looksLikeUnitName(token)));
}

/** "张学兵 赵 丽 崔 茜" → ["张学兵", "赵丽", "崔茜"]; "马 强（副县长）", "局长 王建平" → ["马强"], ["王建平"]. */
export function splitPeople(value: string): string[] {
  const names: string[] = [];
  const pieces = splitTopLevel(value, /[、，,；;\/／]/);
  const postsOfNames = postsBeforeNames(pieces);
  for (const [i, piece] of pieces.entries()) {
    // 局党组书记、局长 张三: posts listed before one name are all that person's.
    if (postsOfNames.has(i)) continue;
    // Titles in brackets ("王明（副局长）") go first, so a padded name before one still pairs up.
    const all = piece
      .replace(/[（(][^）)]*[）)]/g, " ")
      // 副局长：李红: the post's colon is a space.
      .replace(POST_COLON, "$1 ")
      .split(/\s+/)
      .filter(Boolean);
    // 四级调研员张 强: a name padded to two halves, its post written on to the first.
    const unglued = all.flatMap((t) => {
      const post = POST_BEFORE.exec(t)?.[0];
      return post && Array.from(t.slice(post.length)).length === 1 ? [post, t.slice(post.length)] : [t];
    });
    // A post beside a name goes; a post alone stays (it is what the document wrote, and is warned about).
    const tokens = unglued.some((t) => !POST_ONLY.test(t)) ? unglued.filter((t) => !POST_ONLY.test(t)) : unglued;
    for (const tok of mergePaddedTokens(tokens)) {
      // 同志/等 and a post written on to the name are not part of it.
      const name = withoutPost(tok.replace(/(同志|等)$/, "")).trim();
      if (name && !/^(等|同志)$/.test(name)) names.push(name);
    }
  }
  return unique(names, (n) => n);
}

/** The piece is a post followed by a name (局长 张三, 局长张三). */
function namesAfterPost(piece: string): boolean {
  const t = piece.trim();
  return POST_BEFORE.test(t) && !POST_ONLY.test(t.replace(/\s+/g, "")) && looksLikePersonName(t.replace(POST_BEFORE, "").trim());
}

/**
 * 局长 and 副局长, 党组书记 and 副书记 are two people's posts, never one's: 副
 * and 常务 aside, one post ends with the other. Each post's endings are kept,
 * so a run of posts is looked at once.
 */
function samePostTwice(posts: string[]): boolean {
  const whole = new Set<string>();
  const endings = new Set<string>();
  for (const post of posts) {
    const base = post.trim().replace(/常务|副/g, "");
    for (let k = 0; k <= base.length - 2; k++) if (whole.has(base.slice(k))) return true;
    if (endings.has(base)) return true;
    whole.add(base);
    for (let k = 0; k <= base.length - 2; k++) endings.add(base.slice(k));
  }
  return false;
}

/**
 * The pieces that are posts alone, written before the next name (局党组书记、
 * 局长、总督学 张三): each run of them, when none is the same post at another
 * rank (局长、副局长 李四 names two people, the 局长 unnamed). One pass: a
 * hostile list of 50 000 posts is looked at once, not once per post.
 */
function postsBeforeNames(pieces: string[]): Set<number> {
  const posts = new Set<number>();
  for (let i = 0; i < pieces.length;) {
    let j = i;
    while (j < pieces.length && POST_ONLY.test(pieces[j]!.trim())) j++;
    const named = pieces[j] ?? "";
    if (j > i && namesAfterPost(named)) {
      if (!samePostTwice([...pieces.slice(i, j), POST_BEFORE.exec(named.trim())![0]])) for (let k = i; k < j; k++) posts.add(k);
    }
    i = j + 1;
  }
  return posts;
}

/** A person name is 2–4 Han characters, or a 少数民族 transliteration (with its ·, or of five to eight characters without it). */
export function looksLikePersonName(name: string): boolean {
  return /^[\u4e00-\u9fa5]{2,4}$/.test(name) || /^[\u4e00-\u9fa5]{1,6}[·•][\u4e00-\u9fa5]{1,8}$/.test(name) || TRANSLITERATED_NAME.test(name);
}

/**
 * A Uyghur, Kazakh, Mongolian or Tibetan name of five to eight characters
 * written without its ·, as documents often do (阿不都热合曼, 买买提依明,
 * 额尔敦朝鲁): every character one that transcriptions of these names use.
 * An office's or a post's name always has a character outside the set (局,
 * 科, 校, 长…), so a unit or a post never passes for one.
 */
const TRANSLITERATED_NAME =
  /^[阿艾爱安奥巴拜班包保贝比别波布才察昌朝达代丹旦德登迪丁都杜堆顿多额恩尔法菲夫甫盖甘冈嘎噶格根贡古哈海汗罕合赫胡吉加佳江杰居喀卡开坎考柯克肯库拉莱兰朗勒雷里力丽莲林琳鲁路伦罗洛玛马买麦曼毛梅美蒙米密敏明莫姆木穆娜纳乃南尼妮努诺帕潘佩皮普齐其恰乔切钦琼曲然热仁日茹瑞萨赛桑色沙莎尚舍什斯松苏索塔太泰坦唐特提铁图吐托瓦万旺维温乌吾西希夏孜则扎曾增珍卓宗依伊衣亚雅央耶叶玉尤约再珠次措白顺敦逊不那卜森山肉司义祖排素满哲兹莉岗嘉尕金强宝音孟仓毕琴娃云高]{5,8}$/;

const BRACKET_MARK = new RegExp(`\\s*[（(](${ROLE_WORDS})[）)]$`);

// 县/区/市 as an administrative prefix; 市场监管局 and 区域… are not prefixed.
const REGION_PREFIX = /^(县委|区委|市委|州委|旗委|县|区(?!域)|市(?!场)|州|旗)/;
const HAS_REGION = /(县|区(?!域)|市(?!场)|州|旗)/;
const OFFICE_IN_BUREAU = /局.+(科|股|室|处|中心|办)$/;
/** A company is no organ of the county: 县教育局、供电公司 does not make 县供电公司. */
const ENTERPRISE = /(公司|集团|银行|企业|厂)$/;
const ORG_SUFFIX = /(局|委|办|部|院|所|队|站|中心|室|会|处|科|厅|公司|街道|办事处)$/;
// Bare categories that only make sense after a 各… group (各中小学校、幼儿园; 各街道、镇).
const GROUP_MEMBER = /^(中小学校?|中学|小学|初中|高中|幼儿园|学校|园所|幼儿园所|中职学校|职业学校|民办学校|特殊教育学校|镇|乡|乡镇|街道|社区)$/;

/**
 * Endings of a complete unit name: bureaus and offices (ORG_SUFFIX) plus the
 * schools, 股/组 sections and townships that 责任单位 lists name. Used to tell
 * a finished name from the half a line break left behind (体卫艺德育 | 科).
 */
const UNIT_END = /(局|委|办|部|院|所|队|站|中心|室|会|处|科|厅|公司|街道|办事处|校|园|小学|中学|大学|股|组|团|馆|社|镇|乡|场|支部|集团|医院|基地|单位|部门)$/;

// Where a phrase names who acts rather than an office: 已全部, 内部, 各自, 有条件的学校, 由…会同…, 对口帮扶.
const NOT_AN_OFFICE = /[的由]|会同|对口|已|全部|内部|各自|自行|有条件|按照|根据/;
const OFFICE_END = /(局|委|办|部|院|所|队|站|中心|室|会|处|科|厅|股|公司|街道|办事处|政府|学校|中学|小学|幼儿园|集团|团委|妇联)$/;
const EACH_GROUP = /^各(级|类)?[\u4e00-\u9fa5]{0,6}(单位|部门|学校|中小学校?|幼儿园|园所|股室|科室|处室|乡镇|街道|办|局|校)$/;

/**
 * An office or institution, stricter than looksLikeUnitName: for units read
 * without a label (a role said by a verb in brackets), where a phrase that
 * merely ends like a unit (家校社, 各自) must stay prose.
 */
export function looksLikeOrgName(name: string): boolean {
  const n = name.trim();
  return n.length >= 2 && n.length <= 20 && !NOT_AN_OFFICE.test(n) && (OFFICE_END.test(n) || EACH_GROUP.test(n));
}

/** A whole unit name as lists write it: 县教体局, 体卫艺德育科, 各中小学校, 幼儿园. */
export function looksLikeUnitName(name: string): boolean {
  const n = name.replace(/[（(][^）)]*[）)]/g, "").replace(/(等|等相关(单位|部门|科室)?)$/, "");
  return n.length >= 2 && (UNIT_END.test(n) || GROUP_MEMBER.test(n) || /^各.{1,10}$/.test(n));
}

/**
 * A place alone (甘州区, 玉门市, 岷县, 肃北蒙古族自治县), or at the head of its bureau's name (临泽县|教育局):
 * two characters before 区 / 市 / 旗, and never a word for some area (各学区, 城区, 工业园区, 县区).
 */
const PLACE = String.raw`(?!各)(?:[\u4e00-\u9fa5]{1,8}?县|[\u4e00-\u9fa5]{2,8}?(?:自治县|自治旗|新区|区|市|旗))`;
const GENERIC_AREA = /(?:学区|城区|市区|郊区|县区|园区|景区|社区|片区|校区|辖区|开发区|示范区)$/;
const PLACE_ALONE = new RegExp(`^${PLACE}$`);

/** 白银区, 靖远县, 肃北蒙古族自治县: a county-level place by its name, not a word for some area. */
export function isPlaceName(text: string): boolean {
  return PLACE_ALONE.test(text) && !GENERIC_AREA.test(text);
}
const PLACE_THEN_BUREAU = new RegExp(`^(${PLACE})([\u4e00-\u9fa5]{2,10})$`);

/**
 * 甘州区、临泽县教育局 / 玉门市、瓜州县、金塔县教育局: places listed before the last one's bureau share its
 * name (甘州区教育局), as a city's 督办 list writes its districts' bureaus.
 */
function withSharedBureau(items: string[]): string[] {
  // 临泽县教育局（牵头）: the mark is the last unit's role, not part of the bureau's name.
  const lastItem = (items[items.length - 1] ?? "").replace(BRACKET_MARK, "");
  if (items.length < 2) return items;
  const county = PLACE_THEN_BUREAU.exec(lastItem);
  const bureau = county?.[2];
  if (bureau && !GENERIC_AREA.test(county[1] ?? "") && ORG_SUFFIX.test(bureau) && !HAS_REGION.test(bureau)) return sharing(items, bureau, isPlaceName);
  // 阿干镇、八里镇、黄峪镇中心校: the townships' schools (or governments) alike.
  const unit = TOWNSHIP_THEN_UNIT.exec(lastItem)?.[2];
  return unit ? sharing(items, unit, isTownshipName) : items;
}

/** The places right before the last item, each with the last one's unit after its name. */
function sharing(items: string[], unit: string, isPlace: (text: string) => boolean): string[] {
  let first = items.length - 1;
  while (first > 0 && isPlace(items[first - 1]!)) first--;
  return items.map((item, k) => (k >= first && k < items.length - 1 ? item + unit : item));
}

/** A township or street by its name (八里镇, 柳泉乡, 西园街道), never a word for all of them (乡镇, 城乡). */
const TOWNSHIP = String.raw`(?!各|全|本)[\u4e00-\u9fa5]{1,6}?(?:镇|乡|街道)`;
const TOWNSHIP_ALONE = new RegExp(`^${TOWNSHIP}$`);
/** What each township has one of: its school, kindergarten, government or clinic (never 县乡村振兴局, 街道办事处). */
const TOWNSHIP_UNIT = "中心校|中心学校|中心小学|九年制学校|中学|小学|中心幼儿园|幼儿园|人民政府|政府|卫生院";
const TOWNSHIP_THEN_UNIT = new RegExp(`^(?![县区市州旗])(${TOWNSHIP})(${TOWNSHIP_UNIT})$`);
const TOWNSHIP_WORD = /^(乡镇|城乡|城镇|村镇|集镇)$/;
/** 南院门街道, 八里镇人民政府: a township's own organ, never a county office that shares the region's prefix. */
const TOWNSHIP_ORGAN = new RegExp(`^(${TOWNSHIP})(?:办事处|人民政府|政府)?$`);

function isTownshipName(text: string): boolean {
  return TOWNSHIP_ALONE.test(text) && !TOWNSHIP_WORD.test(text);
}

function isTownshipOrgan(text: string): boolean {
  const township = TOWNSHIP_ORGAN.exec(text)?.[1];
  return township !== undefined && !TOWNSHIP_WORD.test(township);
}

/**
 * Split one 、-chain. Two rules keep the pieces recognisable:
 *  - a 各… group absorbs following bare categories: 各中小学校、幼儿园 stays one group unit;
 *  - a region prefix is shared along the chain: 县发改局、财政局 → 县发改局, 县财政局
 *    (the unprefixed spelling is kept in `raw`).
 */
function splitChain(chain: string, chainRole: UnitRole): ResponsibleUnit[] {
  const items = withSharedBureau(splitTopLevel(chain, /[、]/));
  const out: ResponsibleUnit[] = [];
  let prefix: string | null = null;
  for (const marked of items) {
    // “县教育局（牵头）”: the bracketed mark is this unit's role, not the chain's.
    const mark = BRACKET_MARK.exec(marked);
    const item = mark ? marked.slice(0, mark.index).trim() : marked;
    const role = mark ? roleOfWord(mark[1] ?? "") : chainRole;
    const last = out[out.length - 1];
    if (last && last.name.startsWith("各") && GROUP_MEMBER.test(item)) {
      last.name = `${last.name}、${item}`;
      continue;
    }
    const own = REGION_PREFIX.exec(item);
    if (own) {
      // 区教育局计财科、装备中心: after an office inside a bureau, the next names are the bureau's own too.
      prefix = OFFICE_IN_BUREAU.test(item) ? null : (own[1] ?? null);
      out.push({ name: item, role });
    } else if (prefix && !item.startsWith("各") && !HAS_REGION.test(item) && ORG_SUFFIX.test(item) && !ENTERPRISE.test(item) && !isTownshipOrgan(item)) {
      out.push({ name: prefix + item, role, raw: item });
    } else {
      out.push({ name: item, role });
    }
  }
  return out;
}

/** Tokens of one list piece with the separator that preceded each (space or 、), brackets respected. */
function tokenize(piece: string): { tok: string; sep: " " | "、" | null }[] {
  const out: { tok: string; sep: " " | "、" | null }[] = [];
  let depth = 0;
  let cur = "";
  let sep: " " | "、" | null = null;
  let pending: " " | "、" | null = null;
  const flush = () => {
    if (cur) out.push({ tok: cur, sep: out.length === 0 ? null : sep });
    cur = "";
  };
  for (const ch of Array.from(piece)) {
    if ("（(【[".includes(ch)) depth++;
    else if ("）)】]".includes(ch)) depth = Math.max(0, depth - 1);
    const isSep = depth === 0 && (/\s/.test(ch) || ch === "、");
    if (isSep) {
      if (cur) {
        flush();
        pending = null;
      }
      // 、 beats a space next to it: "县发改局 、财政局" is still one chain.
      pending = ch === "、" || pending === "、" ? "、" : " ";
      continue;
    }
    if (!cur && pending) sep = pending;
    cur += ch;
  }
  flush();
  return out;
}

/**
 * Adds a unit to a task's list once: a unit named again with a role (牵头 / 配合)
 * where it stood as responsible takes that role; named again as responsible, it keeps its role.
 */
export function addUnit(units: ResponsibleUnit[], unit: ResponsibleUnit): void {
  const same = units.find((x) => x.name === unit.name);
  if (!same) units.push(unit);
  else if (same.role === "responsible" && unit.role !== "responsible") same.role = unit.role;
}

// “县教育局（牵头）”, “县财政局配合”: the role written after the units outranks the column's.
// A verb after the units (县财政局、县人社局配合) is the whole chain's; a bracketed mark (BRACKET_MARK) the one unit's.
const ROLE_MARK = new RegExp(`(?<![（(])(${ROLE_WORDS})$`);

function pieceRole(piece: string, role: UnitRole): { piece: string; role: UnitRole } {
  const m = ROLE_MARK.exec(piece);
  const rest = m ? piece.slice(0, m.index).trim() : "";
  if (!m || !rest || !rest.split("、").every((u) => looksLikeUnitName(u.trim()))) return { piece, role };
  return { piece: rest, role: roleOfWord(m[1] ?? "") };
}

/**
 * 各乡镇中心学校（主办），县教育局基础教育股、县司法局（协办）: when every
 * comma piece ends in a bracketed mark, the pieces are the groups, and a mark
 * after a chain whose other units have none is the whole chain's. Alone,
 * 县委宣传部、县教育局（配合） keeps the mark to its one unit.
 */
function groupMark(piece: string, role: UnitRole): { piece: string; role: UnitRole } {
  const m = BRACKET_MARK.exec(piece);
  const rest = m ? piece.slice(0, m.index).trim() : "";
  if (!m || splitTopLevel(rest, /[、]/).some((unit) => BRACKET_MARK.test(unit))) return { piece, role };
  return { piece: rest, role: roleOfWord(m[1] ?? "") };
}

export function splitUnits(value: string, columnRole: UnitRole): ResponsibleUnit[] {
  const units: ResponsibleUnit[] = [];
  const pieces = splitTopLevel(value, /[，,；;\/／]/).map((p) => p.trim());
  const grouped = pieces.length >= 2 && pieces.every((p) => BRACKET_MARK.test(p));
  for (const raw of pieces) {
    const { piece, role } = grouped ? groupMark(raw, columnRole) : pieceRole(raw, columnRole);
    const tokens = tokenize(piece);
    // Glue padded single characters (教 研 室) only across spaces, never across 、.
    const merged: { tok: string; sep: " " | "、" | null }[] = [];
    for (let i = 0; i < tokens.length;) {
      let j = i;
      while (j < tokens.length && Array.from(tokens[j]?.tok ?? "").length === 1 && (j === i || tokens[j]?.sep === " ")) j++;
      if (j - i >= 2) {
        const glued = mergePaddedTokens(tokens.slice(i, j).map((t) => t.tok));
        glued.forEach((tok, k) => merged.push({ tok, sep: k === 0 ? (tokens[i]?.sep ?? null) : " " }));
        i = j;
      } else {
        merged.push(tokens[i] as { tok: string; sep: " " | "、" | null });
        i++;
      }
    }
    const chains: string[] = [];
    for (const t of merged) {
      if (t.sep === "、" && chains.length > 0) chains[chains.length - 1] += `、${t.tok}`;
      else chains.push(t.tok);
    }
    for (const chain of chains) {
      // “…、信息中心等” / “等相关部门”: the trailing 等 closes the list, it is not part of a name.
      const cleaned = trimEndOf(chain, /[。．.]/).replace(/(.{2,})等(相关)?(单位|部门|科室)?$/, "$1");
      units.push(...splitChain(cleaned, role));
    }
  }
  return unique(
    units.filter((u) => u.name.length > 0 && !/^等(相关)?(单位|部门|科室)?$/.test(u.name)),
    (u) => `${u.role}|${u.name}`,
  );
}
