/**
 * Finding where the plan itself starts. Published plans are often wrapped in
 * a letterhead (…文件), a 文号 line and a 通知 cover letter
 * (关于印发《…》的通知). The plan starts at the line repeating the title
 * named in 《》; without a notice, at the first title-like line.
 */
import type { ParseWarning } from "./types";
import { removeSpaces, visualWidth, type SourceLine } from "./normalize";
import { matchNumberedHeading, matchSpecialHeading, RANK } from "./headings";
import { matchLabelLine } from "./fields";
import { parseChineseDigits, parseChineseNumber } from "./numerals";
import { cleanProse } from "./text";

export interface IssueDate {
  year: number;
  month: number | null;
  day: number | null;
}

export interface FrontMatter {
  title: string;
  /** Index in `lines` of the first body line (after title and its metadata). */
  bodyStart: number;
  frontLines: SourceLine[];
  /** Title line and the issuer/date lines right under it. */
  titleLines: SourceLine[];
  documentNumber: string | null;
  issuer: string | null;
  issueDate: IssueDate | null;
  /** Year from the 文号 (〔2023〕), a fallback for the issue year. */
  documentYear: number | null;
  warnings: ParseWarning[];
}

const DOC_NO = /^[\u4e00-\u9fa5]{1,12}[〔［\[【(（]\d{4}[〕］\]】)）]\d{1,4}号$/;
const PLAN_KEYWORD = /(要点|规划|方案|计划|意见|纲要|安排|清单|办法|细则|措施|任务|目标|思路)$/;
// A school signs its own plan (华池县城关小学, 某镇中心校).
const ORG_SUFFIX = /(局|委员会|委|政府|小组|办公室|督导室|厅|中心|学校|小学|中学|幼儿园|中心校|学院|研究院|工委|党委|教育部)$/;
/** A 党组 signs a 整改方案 above its date; at the top, 县教育局党组 may be the first line of a title. */
const SIGNER_SUFFIX = /党组$/;

/** 2025年2月20日 / 二〇二五年二月: year, month, and the day when written (groups 1–3). */
const DATE = String.raw`(\d{4}|[〇零一二三四五六七八九○]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(\d{1,2}|[一二三四五六七八九十]{1,3})日)?`;
const DATE_LINE = new RegExp(`^${DATE}$`);

export function parseDateLine(text: string): IssueDate | null {
  const m = DATE_LINE.exec(removeSpaces(text));
  if (!m) return null;
  const num = (s: string | undefined) => (s === undefined ? null : /^\d+$/.test(s) ? Number(s) : parseChineseNumber(s));
  const year = /^\d+$/.test(m[1] ?? "") ? Number(m[1]) : parseChineseDigits(m[1] ?? "");
  if (year === null) return null;
  return { year, month: num(m[2]), day: num(m[3]) };
}

export function isDocumentNumber(text: string): boolean {
  return DOC_NO.test(documentNumberOf(text));
}

/** A 红头文件 prints 签发人 on the 文号's line: 银教发〔2025〕12号　签发人：王建军. */
function documentNumberOf(text: string): string {
  // 索引号：620 1102…    文号：定教发〔2025〕8号: a government site's page states it after its label.
  const labelled = /(?:发文字号|文号)[:：]\s*(\S+)/.exec(text)?.[1];
  return removeSpaces(labelled ?? text).replace(/签发人[:：].*$/, "");
}

function isIssuerLike(text: string, signed = false): boolean {
  const c = removeSpaces(text);
  return c.length <= 30 && !/[。，；：:、,;]/.test(c) && (ORG_SUFFIX.test(c) || (signed && SIGNER_SUFFIX.test(c)));
}

/** Shorter parts of a line are a name padded with spaces (西固区　教育局), not issuers of their own. */
const MIN_JOINT_ISSUER_CHARS = 4;

/** The issuer a signature line names: joint issuers a space apart (中共某局委员会　　某局) each on their own, joined by 、. */
function issuerName(text: string): string {
  const parts = text.trim().split(/\s+/);
  const joint = parts.length > 1 && parts.every((p) => p.length >= MIN_JOINT_ISSUER_CHARS && isIssuerLike(p));
  return joint ? parts.join("、") : removeSpaces(text);
}

function isStructural(text: string): boolean {
  return matchNumberedHeading(text) !== null || matchSpecialHeading(text) !== null || matchLabelLine(text) !== null;
}

/** A title is a name, never a sentence: no clause punctuation outside the 《》/“” it may quote. */
const CLAUSE_PUNCTUATION = /[，。；！？,;!?]/;
/** Lines that open the body's first sentence (为贯彻落实《…》…, 根据…) are not titles even when a page break left them unpunctuated. */
const SENTENCE_OPENER =
  /^(为了?(深入|全面|认真|进一步|切实|更好地?)*(贯彻|落实|推进|推动|加快|实施|做好|加强|提升|促进|巩固|深化|办好|发展)|根据|按照|依据|遵照|围绕|现将|经研究)/;

function outsideQuotes(c: string): string {
  return c.replace(/《[^》]*》?|“[^”]*”?|〈[^〉]*〉?/g, "");
}

function isTitleLike(text: string): boolean {
  const c = removeSpaces(text);
  return (
    c.length >= 4 &&
    // A slogan before a dash may carry a comma: 坚持立德树人，办好人民满意教育——某区2024年教育工作要点.
    (!CLAUSE_PUNCTUATION.test(outsideQuotes(c)) || /——/.test(c)) &&
    !SENTENCE_OPENER.test(c) &&
    !text.includes("\t") &&
    visualWidth(c) <= 100 &&
    !/[。；，,;：:]$/.test(c) &&
    !DOC_NO.test(c) &&
    !REPOST_FURNITURE.test(c) &&
    // A reposted article's byline: 西吉教育 2025-03-05 08:30.
    !/\d{4}[-./]\d{1,2}[-./]\d{1,2}\d{1,2}:\d{2}/.test(c) &&
    !parseDateLine(c) &&
    !/文件$/.test(c) &&
    !isStructural(text)
  );
}

const PUBLISH_NOTE = /^[（(]此件.{0,10}[）)]$/;

/** Letterhead, 文号, notice and title fit in the first lines; a plan's body is never searched for them. */
const HEAD_MAX_LINES = 80;
/** Without a notice the title is near the top: past this, a title-like line is a body heading without a number. */
const TITLE_SEARCH_LINES = 30;
/** The plan repeats the notice's 《title》 after the cover letter, which runs a few pages at most. */
const NOTICE_TO_TITLE_MAX_LINES = 200;
/** Issuer, date and （此件公开发布） lines printed right under the title. */
const UNDER_TITLE_MAX_LINES = 4;

/** lines[index] and the next span - 1 lines hold the title. */
interface TitleSpot {
  index: number;
  span: number;
}

/** The head ends at the first 一、/（一）/1. level heading or 前言 (a ① or （1） list may be in a cover letter). */
function headLength(lines: SourceLine[]): number {
  const firstStructural = lines.findIndex((l) => {
    const h = matchNumberedHeading(l.text);
    return (h !== null && h.rank <= RANK.arabic) || matchSpecialHeading(l.text)?.kind === "preface";
  });
  return Math.min(firstStructural < 0 ? lines.length : firstStructural, HEAD_MAX_LINES);
}

function findDocumentNumber(head: SourceLine[]): { documentNumber: string | null; documentYear: number | null } {
  const line = head.find((l) => isDocumentNumber(l.text));
  if (!line) return { documentNumber: null, documentYear: null };
  const documentNumber = documentNumberOf(line.text);
  return { documentNumber, documentYear: Number(/\d{4}/.exec(documentNumber)?.[0] ?? NaN) || null };
}

/** 关于印发《…》的通知, read across line breaks: the named title and the index of the line where the match ends. */
function findNotice(head: SourceLine[]): { named: string; line: number } | null {
  let joined = "";
  const owner: number[] = [];
  head.forEach((l, i) => {
    const c = removeSpaces(l.text);
    joined += c;
    for (let k = 0; k < c.length; k++) owner.push(i);
  });
  const span = (m: RegExpExecArray) => ({ from: owner[m.index] ?? 0, to: owner[m.index + m[0].length - 1] ?? 0 });
  // The notice's own title line(s), not a sentence citing someone else's notice (根据…关于印发《…》的通知要求，…).
  const isTitleSpan = (m: RegExpExecArray) => {
    const { from, to } = span(m);
    return !head.slice(from, to + 1).some((l) => CLAUSE_PUNCTUATION.test(outsideQuotes(removeSpaces(l.text))));
  };
  const titled = [/(?:印发|转发|下发|发布|颁布)《([^》]{2,80})》的?(?:通知|决定)/g, /关于印发(.{4,60}?)的通知/g]
    .flatMap((re) => [...joined.matchAll(re)])
    .filter(isTitleSpan)
    .sort((a, b) => a.index - b.index)[0];
  // “现将《…》印发给你们” is the cover letter's own wording wherever it stands.
  const notice = titled ?? /现将《([^》]{2,80})》(?:印发|转发)/.exec(joined);
  if (!notice) return null;
  // 关于印发《…要点》及《…分解表》的通知: the first document named is the plan, the others its annexes.
  const named = notice[1] ?? "";
  const first = /《([^《》]{2,80})》/.exec(named)?.[1];
  return { named: first ?? named.replace(/^《|》$/g, ""), line: span(notice).to };
}

/**
 * The line (or two lines) after the notice that repeat the named title,
 * possibly behind 附件1：, or behind the issuer's name: the letter may name
 * 《2025年教育工作要点》 and the plan head itself 金凤区教育局2025年教育工作要点,
 * which is then the title.
 */
function findRepeatedTitle(lines: SourceLine[], notice: { named: string; line: number }): TitleSpot | null {
  const { named } = notice;
  for (let j = notice.line + 1; j < Math.min(lines.length, notice.line + NOTICE_TO_TITLE_MAX_LINES); j++) {
    const c = removeSpaces(lines[j]?.text ?? "").replace(/^附件\d*[:：]?/, "");
    if (c === named || (c.endsWith(named) && isIssuerLike(c.slice(0, -named.length)))) return { index: j, span: 1 };
    if (c && named.startsWith(c) && c + removeSpaces(lines[j + 1]?.text ?? "") === named) return { index: j, span: 2 };
  }
  return null;
}

/** A title may end in （试行）, （2024—2026年） or （征求意见稿）: the genre word is the one before it. */
const namesGenre = (text: string) => PLAN_KEYWORD.test(removeSpaces(text).replace(/[（(][^（()）]{1,16}[)）]$/, ""));

/** No notice: the first title-like line, preferring one that names a plan genre, joined with its broken half. */
function findTitleLine(lines: SourceLine[], headEnd: number): TitleSpot | null {
  const limit = Math.min(headEnd, TITLE_SEARCH_LINES);
  const candidates = lines.slice(0, limit).map((l) => l.text);
  let index = candidates.findIndex((t) => isTitleLike(t) && namesGenre(t));
  // The letterhead (隆德县教育体育局) above 关于…的通知 names the issuer, not the document.
  if (index < 0) index = candidates.findIndex((t) => isTitleLike(t) && !isIssuerLike(t));
  if (index < 0) index = candidates.findIndex((t) => isTitleLike(t));
  if (index < 0) return null;
  // A title broken over two lines: "兴庆区教育事业" / "“十四五”发展规划".
  const prev = lines[index - 1]?.text ?? "";
  if (index === 1 && isTitleLike(prev) && !isIssuerLike(prev)) return { index: 0, span: 2 };
  const next = lines[index + 1]?.text ?? "";
  if (!namesGenre(lines[index]?.text ?? "") && isTitleLike(next) && namesGenre(next)) return { index, span: 2 };
  return { index, span: 1 };
}

/** The title's lines, with a subtitle such as （2021—2025年） that belongs to it. */
function titleAt(lines: SourceLine[], spot: TitleSpot): { title: string; titleLines: SourceLine[]; bodyStart: number } {
  const titleLines = lines.slice(spot.index, spot.index + spot.span);
  // 附表1　沙坡头区“十四五”…主要指标: the annex mark says where the sheet was filed, not what it is.
  let title = cleanProse(titleLines.map((l) => l.text).join("")).replace(/^(附件|附表)\s*\d{0,2}\s*[：:]?\s*(?=\S{4})/, "");
  let bodyStart = spot.index + spot.span;
  const sub = lines[bodyStart]?.text ?? "";
  if (/^[（(]\s*\d{4}\s*[-—–~～至]{1,2}\s*\d{4}\s*年?\s*[)）]$/.test(sub)) {
    title += cleanProse(sub);
    titleLines.push(lines[bodyStart] as SourceLine);
    bodyStart++;
  }
  return { title, titleLines, bodyStart };
}

type TitleSearch = { spot: TitleSpot } | { spot: null; title: string; bodyStart: number; warning: ParseWarning };

/**
 * 1. A cover notice names the plan in 《》; the plan starts where that title is
 * repeated (else the title is the named one and the body starts after the
 * notice's date). 2. Otherwise the first title-like line.
 */
function locateTitle(lines: SourceLine[], headEnd: number): TitleSearch {
  const notice = findNotice(lines.slice(0, headEnd));
  if (notice) {
    const spot = findRepeatedTitle(lines, notice);
    if (spot) return { spot };
    const dateIdx = lines.findIndex((l, i) => i > notice.line && parseDateLine(l.text) !== null);
    const bodyStart = dateIdx >= 0 && dateIdx < headEnd ? dateIdx + 1 : headEnd;
    const warning = { line: lines[notice.line]?.line ?? 1, message: "未找到方案正文标题行，标题取自印发通知" };
    return { spot: null, title: cleanProse(notice.named), bodyStart, warning };
  }
  const spot = findTitleLine(lines, headEnd);
  if (spot) return { spot };
  // A reposted article (重磅！…要点来了) names the plan it reports on: 近日，…印发《2025年西吉县教育工作要点》.
  const cited = lines
    .slice(0, headEnd)
    .map((l) => /(?:印发|出台|发布)(?:了)?《([^》]{4,80})》/.exec(l.text)?.[1] ?? "")
    .find(namesGenre);
  if (cited)
    return {
      spot: null,
      title: cleanProse(cited),
      bodyStart: 0,
      warning: { line: lines[0]?.line ?? 1, message: "未找到标题行，标题取自正文中引用的文件名，请核对" },
    };
  return { spot: null, title: "", bodyStart: 0, warning: { line: lines[0]?.line ?? 1, message: "未识别到文件标题" } };
}

/** A cover sheet's 编制单位：… / 编制日期：…, or a ledger's form line under its title: 填报单位：庄浪县教育局（盖章）　　填报时间：2025年5月15日. */
const FORM_LABEL = String.raw`(?:编制|印发|发布|制定|发文|填报|报送|填表)(?:单位|机关|部门|日期|时间)(?:[（(](?:盖章|公章|签章)[）)])?\s*[：:]`;
const FORM_FIELD = new RegExp(String.raw`^${FORM_LABEL}\s*(.*)$`);
// A lookahead only: \s* before it would be retried from every space of a long run of them.
const BEFORE_FORM_LABEL = new RegExp(String.raw`(?=${FORM_LABEL})`);

/** A line that is only such fields (填报单位：… 填报时间：…). */
export function isFormFieldsLine(text: string): boolean {
  return formFields(text) !== null;
}

/** Each field of a line of them, read; null unless the line is only such fields. */
function formFields(text: string): { issuer: string | null; issueDate: IssueDate | null } | null {
  const pieces = text
    .trim()
    .split(BEFORE_FORM_LABEL)
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length === 0) return null;
  let issuer: string | null = null;
  let issueDate: IssueDate | null = null;
  for (const piece of pieces) {
    const value = FORM_FIELD.exec(piece.trim())?.[1]?.replace(/[（(](?:盖章|公章|签章)[）)]$/, "");
    if (value === undefined) return null;
    const d = parseDateLine(value);
    if (d) issueDate = d;
    // 填报单位：各中小学校 is a template's blank, not who issued it.
    else if (isIssuerLike(value) && !value.startsWith("各")) issuer = removeSpaces(value);
  }
  return { issuer, issueDate };
}

/** 莲湖区教育局　2025年2月: the issuer and the date on one line, a space apart. */
function issuerThenDate(text: string): { issuer: string; issueDate: IssueDate } | null {
  const m = /^(\S.*?)[\s\u3000]+(\S+)$/.exec(text.trim());
  const issueDate = m ? parseDateLine(m[2] ?? "") : null;
  return m && issueDate && isIssuerLike(m[1] ?? "") ? { issuer: issuerName(m[1] ?? ""), issueDate } : null;
}

/** A line giving when the plan was issued, with or without who issued it: a title's line, never a table's name. */
export function isIssueLine(text: string): boolean {
  return parseDateLine(text) !== null || issuerThenDate(text) !== null;
}

/** Issuer and date printed under the title (“银川市兴庆区教育局 / 二〇二一年二月”). */
function underTitle(lines: SourceLine[], start: number): { issuer: string | null; issueDate: IssueDate | null; taken: SourceLine[] } {
  let issuer: string | null = null;
  let issueDate: IssueDate | null = null;
  const taken: SourceLine[] = [];
  for (let i = start; i < start + UNDER_TITLE_MAX_LINES && i < lines.length; i++) {
    const fields = formFields(lines[i]?.text ?? "");
    if (fields) {
      issuer = fields.issuer ?? issuer;
      issueDate = fields.issueDate ?? issueDate;
      taken.push(lines[i] as SourceLine);
      continue;
    }
    const t = lines[i]?.text ?? "";
    const d = parseDateLine(t);
    const both = issuerThenDate(t);
    if (d) issueDate = d;
    else if (isIssuerLike(t)) issuer = issuerName(t);
    else if (both) ({ issuer, issueDate } = both);
    else if (!PUBLISH_NOTE.test(removeSpaces(t))) break;
    taken.push(lines[i] as SourceLine);
  }
  return { issuer, issueDate, taken };
}

/** In the cover letter: the last date, and the signature right above it. */
function coverSignature(frontLines: SourceLine[]): { issuer: string | null; issueDate: IssueDate | null } {
  for (let i = frontLines.length - 1; i >= 0; i--) {
    const issueDate = parseDateLine(frontLines[i]?.text ?? "");
    if (!issueDate) continue;
    const sig = frontLines[i - 1]?.text ?? "";
    return { issueDate, issuer: isIssuerLike(sig, true) ? issuerName(sig) : null };
  }
  return { issuer: null, issueDate: null };
}

/** The letterhead names the issuer: “银川市金凤区教育局文件”. */
function letterheadIssuer(frontLines: SourceLine[]): string | null {
  const head = frontLines.find((l) => /文件$/.test(removeSpaces(l.text)));
  return head ? removeSpaces(head.text).replace(/文件$/, "") || null : null;
}

export function detectFrontMatter(lines: SourceLine[]): FrontMatter {
  const headEnd = headLength(lines);
  const { documentNumber, documentYear } = findDocumentNumber(lines.slice(0, headEnd));
  const found = locateTitle(lines, headEnd);
  const { title, titleLines, bodyStart } = found.spot ? titleAt(lines, found.spot) : { title: found.title, titleLines: [], bodyStart: found.bodyStart };
  const frontLines = lines.slice(0, Math.max(0, found.spot ? found.spot.index : bodyStart));
  // What is printed under the title wins; the cover letter and then the letterhead fill what is missing.
  const under = underTitle(lines, bodyStart);
  const cover = under.issueDate ? null : coverSignature(frontLines);
  return {
    title,
    bodyStart: bodyStart + under.taken.length,
    frontLines,
    titleLines: [...titleLines, ...under.taken],
    documentNumber,
    issuer: under.issuer ?? cover?.issuer ?? letterheadIssuer(frontLines),
    issueDate: under.issueDate ?? cover?.issueDate ?? null,
    documentYear,
    warnings: found.spot ? [] : [found.warning],
  };
}

/**
 * A plan reposted on WeChat or a website ends in the page's own lines: 阅读 2356 在看 18, 点个“在看”,
 * 小编提示, 来源/编辑; a government site's footer: 【打印本页】【关闭窗口】, 主办单位 (承办单位 is a 督办单's field too),
 * 相关链接, 上一篇/下一篇, ICP备案, 网站标识码, 版权所有 (its 地址 and 电话 lines go with it: withoutSiteFooter).
 */
const REPOST_FURNITURE =
  /^(阅读\s*\d|阅读原文|点个?[“"]?在看|在看\s*\d|小编|编辑[:：]|责任编辑|责编[:：]|审核[:：]|来源[:：]|长按|扫码|扫描二维码|识别二维码|关注我们|[-—_*]{3,}$|[【\[]?(打印本页|关闭窗口|打印|关闭|返回顶部|收藏)[】\]]|主办单位[:：]|相关链接|上一篇|下一篇|.*ICP备|网站标识码|.*公网安备|版权所有|技术支持[:：]|扫一扫)/;

/** A 责任书's signing: 甲方：…（盖章）　乙方：…（盖章）, 负责人：…　负责人：…, or their dates side by side. */
const SIGNATURE_PIECE =
  /^(?:(?:甲方|乙方|丙方|签订单位|签约单位|负责人|法定代表人|单位负责人|主要负责人|签字|签名)[（(]?[^：:]{0,6}[）)]?[:：].*|.*[（(](?:盖章|签字|签章|公章)[）)]|\d{4}年\d{1,2}月\d{1,2}日)$/;

function isSignatureLine(text: string): boolean {
  const pieces = text.trim().split(/\s+/).filter(Boolean);
  return pieces.length > 0 && pieces.every((p) => SIGNATURE_PIECE.test(p.trim())) && /甲方|乙方|负责人|代表人|盖章|签字|\d{4}年.*\d{4}年/.test(text);
}

/**
 * A website's footer near the end, from its first line (相关链接：, 【打印本页】, 上一篇：, 主办单位：) on: the
 * link names, 地址 and 电话 after it are the page's, not the plan's. An 地址 or 电话 with no such line above
 * it (a task's consultation point) stays the plan's.
 */
const SITE_FOOTER_START = /^(相关链接|友情链接|相关文章|相关阅读)[:：]?$|^[【[]?(打印本页|关闭窗口)|^主办单位[:：]|^(上一篇|下一篇)[:：]/;
const SITE_FOOTER_WITHIN = 15;

function withoutSiteFooter(lines: SourceLine[], from: number): number {
  for (let i = Math.max(from, lines.length - SITE_FOOTER_WITHIN); i < lines.length; i++) {
    if (SITE_FOOTER_START.test(removeSpaces(lines[i]?.text ?? ""))) return i;
  }
  return lines.length;
}

interface ClosingLines {
  /** Where the closing lines begin (the body ends). */
  end: number;
  issueDate: IssueDate | null;
  issuer: string | null;
}

/** Closing signature, date, 抄送 and 印发 lines at the very end of the document; a reposting page's furniture after them. */
export function detectBackMatter(lines: SourceLine[], from: number): ClosingLines {
  return closingLinesAbove(lines, from, withoutSiteFooter(lines, from));
}

/**
 * The signature and date that close the plan before its annexes. An official document lists its
 * annexes (附件：1.… 2.…), signs and dates, and then prints each annex (附件1, 附件2) after the
 * signature: those lines are neither the list's nor the last item's. Null when no annex heading
 * has an issuer and a full date right above it.
 */
export function signatureBeforeAnnexes(
  lines: SourceLine[],
  from: number,
  to: number,
): { start: number; end: number; issueDate: IssueDate; issuer: string } | null {
  for (let i = from + 1; i < to; i++) {
    const heading = matchSpecialHeading(lines[i]?.text ?? "");
    // 附件1 alone, or 附件1：任务分解表; never the list itself (附件：1.任务分解表).
    if (heading?.kind !== "attachment" || (heading.rest !== "" && !/\d$/.test(heading.title))) continue;
    // A signature: the issuer over a full date (a task's 完成时限： over 2025年12月 is no signature).
    const closing = closingLinesAbove(lines, from, i);
    if (closing.issueDate?.day != null && closing.issuer && closing.end < i)
      return { start: closing.end, end: i, issueDate: closing.issueDate, issuer: closing.issuer };
  }
  return null;
}

const DATE_AT_END = new RegExp(`${DATE}$`);

/** An issuer and a full date run into one line; null unless the line is exactly that (县教育局 2025年12月 may be a task's unit and month). */
function signedAndDated(compact: string): { issuer: string; date: IssueDate } | null {
  const m = DATE_AT_END.exec(compact);
  const issuer = m ? compact.slice(0, m.index) : "";
  const date = m ? parseDateLine(m[0]) : null;
  return date?.day != null && issuer && isIssuerLike(issuer, true) ? { issuer, date } : null;
}

/** The 版记's line: 平凉市崆峒区教育局办公室　2025年3月5日印发. */
const PRINTED_ON = /(\d{4}年\d{1,2}月\d{1,2}日)印发$/;

function closingLinesAbove(lines: SourceLine[], from: number, above: number): ClosingLines {
  let end = above;
  let issueDate: IssueDate | null = null;
  let issuer: string | null = null;
  /** The 版记's 2025年3月5日印发: when the plan went out, if nothing signed and dated it. */
  let printed: IssueDate | null = null;
  let lastWasDate = false;
  while (end > from) {
    const t = lines[end - 1]?.text ?? "";
    const c = removeSpaces(t);
    // 甲方 and 乙方 sign side by side: 2025年2月20日　2025年2月20日 is the date, twice.
    const d = parseDateLine(c) ?? (isSignatureLine(t) ? parseDateLine(t.trim().split(/\s+/)[0] ?? "") : null);
    const joined = d ? null : signedAndDated(c);
    if (d) {
      issueDate = issueDate ?? d;
      lastWasDate = true;
    } else if (joined) {
      // A PDF's right-aligned signature and date read as one line: 临洮县教育局2025年2月20日.
      issueDate = issueDate ?? joined.date;
      issuer = issuer ?? joined.issuer;
      lastWasDate = false;
    } else if (
      PUBLISH_NOTE.test(c) ||
      /^(抄送|抄报|主题词|联系人|联系电话)[:：]?/.test(c) ||
      /\d{1,2}月\d{1,2}日印发$/.test(c) ||
      REPOST_FURNITURE.test(c) ||
      isSignatureLine(t)
    ) {
      const printedOn = PRINTED_ON.exec(c)?.[1];
      printed ??= printedOn ? parseDateLine(printedOn) : null;
      lastWasDate = false;
    } else if (lastWasDate && isIssuerLike(t, true)) {
      issuer = issuer ?? issuerName(t);
      lastWasDate = false;
    } else {
      break;
    }
    end--;
  }
  return { end, issueDate: issueDate ?? printed, issuer };
}
