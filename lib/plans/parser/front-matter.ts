/**
 * Finding where the plan itself starts. Published plans are often wrapped in
 * a letterhead (…文件), a 文号 line and a 通知 cover letter
 * (关于印发《…》的通知). The plan starts at the line repeating the title
 * named in 《》; without a notice, at the first title-like line.
 */
import type { ParseWarning } from "./types";
import { removeSpaces, visualWidth, type SourceLine } from "./normalize";
import { matchNumberedHeading, matchSpecialHeading } from "./headings";
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
const ORG_SUFFIX = /(局|委员会|委|政府|小组|办公室|厅|中心|学校|研究院|工委|党委|教育部)$/;

export function parseDateLine(text: string): IssueDate | null {
  const m = /^(\d{4}|[〇零一二三四五六七八九○]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(\d{1,2}|[一二三四五六七八九十]{1,3})日)?$/.exec(
    removeSpaces(text),
  );
  if (!m) return null;
  const num = (s: string | undefined) => (s === undefined ? null : /^\d+$/.test(s) ? Number(s) : parseChineseNumber(s));
  const year = /^\d+$/.test(m[1] ?? "") ? Number(m[1]) : parseChineseDigits(m[1] ?? "");
  if (year === null) return null;
  return { year, month: num(m[2]), day: num(m[3]) };
}

export function isDocumentNumber(text: string): boolean {
  return DOC_NO.test(removeSpaces(text));
}

function isIssuerLike(text: string): boolean {
  const c = removeSpaces(text);
  return c.length <= 30 && !/[。，；：:、,;]/.test(c) && ORG_SUFFIX.test(c);
}

function isStructural(text: string): boolean {
  return matchNumberedHeading(text) !== null || matchSpecialHeading(text) !== null || matchLabelLine(text) !== null;
}

function isTitleLike(text: string): boolean {
  const c = removeSpaces(text);
  return (
    c.length >= 4 &&
    !text.includes("\t") &&
    visualWidth(c) <= 100 &&
    !/[。；，,;：:]$/.test(c) &&
    !DOC_NO.test(c) &&
    !parseDateLine(c) &&
    !/文件$/.test(c) &&
    !isStructural(text)
  );
}

const PUBLISH_NOTE = /^[（(]此件.{0,10}[）)]$/;

export function detectFrontMatter(lines: SourceLine[]): FrontMatter {
  const warnings: ParseWarning[] = [];
  const firstStructural = lines.findIndex((l) => {
    const h = matchNumberedHeading(l.text);
    return (h !== null && h.rank <= 4) || matchSpecialHeading(l.text)?.kind === "preface";
  });
  const headEnd = Math.min(firstStructural < 0 ? lines.length : firstStructural, 80);

  let documentNumber: string | null = null;
  let documentYear: number | null = null;
  for (const l of lines.slice(0, headEnd)) {
    if (isDocumentNumber(l.text)) {
      documentNumber = removeSpaces(l.text);
      documentYear = Number(/\d{4}/.exec(documentNumber)?.[0] ?? NaN) || null;
      break;
    }
  }

  let titleIdx = -1;
  let titleSpan = 1;
  let title = "";
  let bodyStart = -1;

  // 1. A cover notice names the plan in 《》; the plan starts where that title is repeated.
  let joined = "";
  const owner: number[] = [];
  lines.slice(0, headEnd).forEach((l, i) => {
    const c = removeSpaces(l.text);
    joined += c;
    for (let k = 0; k < c.length; k++) owner.push(i);
  });
  const notice = /(?:印发|转发|下发|发布|颁布)《([^》]{2,80})》/.exec(joined) ?? /关于印发(.{4,60}?)的通知/.exec(joined);
  if (notice) {
    const named = notice[1] ?? "";
    const noticeLine = owner[(notice.index ?? 0) + notice[0].length - 1] ?? 0;
    for (let j = noticeLine + 1; j < Math.min(lines.length, noticeLine + 200); j++) {
      const c = removeSpaces(lines[j]?.text ?? "").replace(/^附件\d*[:：]?/, "");
      if (c === named) {
        titleIdx = j;
        break;
      }
      if (c && named.startsWith(c) && c + removeSpaces(lines[j + 1]?.text ?? "") === named) {
        titleIdx = j;
        titleSpan = 2;
        break;
      }
    }
    if (titleIdx < 0) {
      title = cleanProse(named);
      const dateIdx = lines.findIndex((l, i) => i > noticeLine && parseDateLine(l.text) !== null);
      bodyStart = dateIdx >= 0 && dateIdx < headEnd ? dateIdx + 1 : headEnd;
      warnings.push({ line: lines[noticeLine]?.line ?? 1, message: "未找到方案正文标题行，标题取自印发通知" });
    }
  }

  // 2. Otherwise the first title-like line, preferring one that names a plan genre.
  if (titleIdx < 0 && bodyStart < 0) {
    const limit = Math.min(headEnd, 30);
    for (let i = 0; i < limit && titleIdx < 0; i++) {
      const t = lines[i]?.text ?? "";
      if (isTitleLike(t) && PLAN_KEYWORD.test(removeSpaces(t))) titleIdx = i;
    }
    for (let i = 0; i < limit && titleIdx < 0; i++) if (isTitleLike(lines[i]?.text ?? "")) titleIdx = i;
    if (titleIdx > 0) {
      // A title broken over two lines: "兴庆区教育事业" / "“十四五”发展规划".
      const prev = lines[titleIdx - 1]?.text ?? "";
      if (titleIdx === 1 && isTitleLike(prev) && !isIssuerLike(prev)) {
        titleIdx -= 1;
        titleSpan = 2;
      }
    }
    if (titleIdx >= 0 && titleSpan === 1 && !PLAN_KEYWORD.test(removeSpaces(lines[titleIdx]?.text ?? ""))) {
      const next = lines[titleIdx + 1]?.text ?? "";
      if (isTitleLike(next) && PLAN_KEYWORD.test(removeSpaces(next))) titleSpan = 2;
    }
    if (titleIdx < 0) {
      warnings.push({ line: lines[0]?.line ?? 1, message: "未识别到文件标题" });
      bodyStart = 0;
    }
  }

  const titleLines: SourceLine[] = [];
  if (titleIdx >= 0) {
    const span = lines.slice(titleIdx, titleIdx + titleSpan);
    titleLines.push(...span);
    title = cleanProse(span.map((l) => l.text).join(""));
    bodyStart = titleIdx + titleSpan;
    // A subtitle such as （2021—2025年） belongs to the title.
    const sub = lines[bodyStart]?.text ?? "";
    if (/^[（(]\s*\d{4}\s*[-—–~～至]{1,2}\s*\d{4}\s*年?\s*[)）]$/.test(sub)) {
      title += cleanProse(sub);
      titleLines.push(lines[bodyStart] as SourceLine);
      bodyStart++;
    }
  }
  const frontLines = lines.slice(0, Math.max(0, titleIdx >= 0 ? titleIdx : bodyStart));

  // Issuer and date printed under the title (“银川市兴庆区教育局 / 二〇二一年二月”).
  let issuer: string | null = null;
  let issueDate: IssueDate | null = null;
  for (let k = 0; k < 4 && bodyStart < lines.length; k++) {
    const t = lines[bodyStart]?.text ?? "";
    const d = parseDateLine(t);
    if (d) issueDate = d;
    else if (isIssuerLike(t)) issuer = removeSpaces(t);
    else if (!PUBLISH_NOTE.test(removeSpaces(t))) break;
    titleLines.push(lines[bodyStart] as SourceLine);
    bodyStart++;
  }

  // In the cover letter: the signature right above the date, else the letterhead.
  for (let i = frontLines.length - 1; i >= 0 && !issueDate; i--) {
    const d = parseDateLine(frontLines[i]?.text ?? "");
    if (d) {
      issueDate = d;
      const sig = frontLines[i - 1]?.text ?? "";
      if (!issuer && isIssuerLike(sig)) issuer = removeSpaces(sig);
    }
  }
  if (!issuer) {
    const head = frontLines.find((l) => /文件$/.test(removeSpaces(l.text)));
    if (head) issuer = removeSpaces(head.text).replace(/文件$/, "") || null;
  }

  return { title, bodyStart, frontLines, titleLines, documentNumber, issuer, issueDate, documentYear, warnings };
}

/** Closing signature, date, 抄送 and 印发 lines at the very end of the document. */
export function detectBackMatter(lines: SourceLine[], from: number): { end: number; issueDate: IssueDate | null; issuer: string | null } {
  let end = lines.length;
  let issueDate: IssueDate | null = null;
  let issuer: string | null = null;
  let lastWasDate = false;
  while (end > from) {
    const t = lines[end - 1]?.text ?? "";
    const c = removeSpaces(t);
    const d = parseDateLine(c);
    if (d) {
      issueDate = issueDate ?? d;
      lastWasDate = true;
    } else if (PUBLISH_NOTE.test(c) || /^(抄送|抄报|主题词|联系人|联系电话)[:：]?/.test(c) || /\d{1,2}月\d{1,2}日印发$/.test(c)) {
      lastWasDate = false;
    } else if (lastWasDate && isIssuerLike(t)) {
      issuer = issuer ?? c;
      lastWasDate = false;
    } else {
      break;
    }
    end--;
  }
  return { end, issueDate, issuer };
}
