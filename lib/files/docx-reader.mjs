// Reads a Word (.docx) body as the reader sees it on the page: paragraphs in
// order and real tables, cell by cell with their spans and vertical merges
// (resolved to a grid by lib/plans/import/docx-document.ts). Runs inside a
// bounded worker (the docx-blocks job of parse-job-runners.mjs), after the
// archive gate, so it imports only packages and relative .mjs files.
// document.xml is streamed (yauzl inflates, saxes parses) and never held
// whole, and the text read is capped: the worker's heap stays small.
//
// What counts as the body, as Word shows it with all changes accepted:
// - text of every run, split runs joined; w:tab as a space, w:br / w:cr as a
//   line break inside the paragraph; inserted text (w:ins) kept, deleted text
//   (w:del, w:moveFrom) and hidden text (w:vanish) dropped; a field shows its
//   result, never its instruction; content controls, hyperlinks, smart tags
//   and custom XML unwrapped;
// - Word's automatic numbers (w:numPr, directly or through the paragraph's
//   style) rendered from numbering.xml as Word displays them ("一、", "（一）",
//   "1. ", "(1) ", "① "…: Word's tab after the number as a space, except
//   after full-width punctuation); bullets are not rendered;
// - headers, footers, footnotes, comments and text boxes are other parts or
//   drawings and never appear.
// A body paragraph in one of Word's heading styles (heading 1…9, 标题 1…9,
// directly or through basedOn), or given an outline level (大纲级别 1–9: by
// its own paragraph settings, as WPS users set it, or by a custom style such
// as 一级标题), carries its level: a document may mark its structure by style
// alone, and docx-heading-markers.ts decides what that means.
import path from "node:path";
import { StringDecoder } from "node:string_decoder";
import { SaxesParser } from "saxes";
import yauzl from "yauzl";
import { JobRefusal } from "./job-refusal.mjs";

const W_NS = new Set(["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"]);
const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/**
 * @param {Uint8Array} bytes
 * @param {{ maxChars: number }} limits characters (a paragraph or cell counts one more) sent back at most
 * @returns {Promise<import("./parse-jobs").DocxBlock[]>}
 */
export async function readDocxBlocks(bytes, { maxChars }) {
  const parts = await openParts(bytes);
  const documentPart = (await relationshipTargets(parts, "", "_rels/.rels")).officeDocument ?? "word/document.xml";
  if (!parts.has(documentPart)) throw new Error("no main document part");
  const dir = path.posix.dirname(documentPart);
  const related = await relationshipTargets(parts, dir, path.posix.join(dir, "_rels", `${path.posix.basename(documentPart)}.rels`));
  const styles = await readStyles(parts, related.styles ?? path.posix.join(dir, "styles.xml"));
  const numbering = await readNumbering(parts, related.numbering ?? path.posix.join(dir, "numbering.xml"));
  const body = new BodyReader(new Numberer(numbering, styles), styles, maxChars);
  await walk(await parts.stream(documentPart), body);
  return body.blocks;
}

// ---------------------------------------------------------------- the package

async function openParts(bytes) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Names stay bytes (some writers start them with "/" or use "\\", which yauzl's decoding refuses); OPC names ignore case.
  const zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, decodeStrings: false });
  const entries = new Map();
  for await (const entry of zip.eachEntry()) entries.set(partName(entry.fileName.toString("utf8")), entry);
  return {
    has: (name) => entries.has(partName(name)),
    stream: (name) => zip.openReadStreamPromise(entries.get(partName(name))),
  };
}

const partName = (name) => name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();

/** Feeds a part to `handler` ({ open(name, tag), close(name), text(text) }) as it inflates. */
async function walk(stream, handler) {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const names = [];
  parser.on("opentag", (tag) => {
    const name = nameOf(tag);
    names.push(name);
    handler.open(name, tag);
  });
  parser.on("closetag", () => handler.close(names.pop()));
  parser.on("text", (text) => handler.text?.(text));
  parser.on("cdata", (text) => handler.text?.(text));
  const decoder = new StringDecoder("utf8");
  for await (const chunk of stream) parser.write(decoder.write(chunk));
  parser.write(decoder.end());
  parser.close();
}

/** WordprocessingML elements by their local name; markup compatibility as "mc:…"; anything else as "?:…". */
function nameOf(tag) {
  if (W_NS.has(tag.uri)) return tag.local;
  return tag.uri === MC_NS ? `mc:${tag.local}` : `?:${tag.local}`;
}

/** An attribute by local name, in the WordprocessingML namespace or none. */
function attr(tag, local) {
  for (const a of Object.values(tag.attributes)) if (a.local === local && (a.uri === "" || W_NS.has(a.uri))) return a.value;
  return undefined;
}

/** An on/off value: absent means on (a bare <w:tblHeader/>). */
const flag = (value) => value === undefined || !["0", "false", "off"].includes(value);
const isOn = (tag) => flag(attr(tag, "val"));

function toInt(value, fallback) {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n) ? n : fallback;
}
const intVal = (tag, fallback) => toInt(attr(tag, "val"), fallback);

/** Targets of a part's relationships by their type's last word (officeDocument, styles, numbering). */
async function relationshipTargets(parts, dir, relsPart) {
  const targets = {};
  if (!parts.has(relsPart)) return targets;
  await walk(await parts.stream(relsPart), {
    open(name, tag) {
      if (name !== "?:Relationship" || attr(tag, "TargetMode") === "External") return;
      const type = (attr(tag, "Type") ?? "").split("/").pop();
      const target = attr(tag, "Target");
      if (type && target && !(type in targets)) targets[type] = target.startsWith("/") ? target.slice(1) : path.posix.join(dir, target);
    },
    close() {},
  });
  return targets;
}

// ---------------------------------------------------------------- numbering

/** Paragraph styles: the numbering and heading level each gives (directly or through basedOn), and the default style. */
async function readStyles(parts, part) {
  const styles = new Map();
  let defaultId = null;
  let style = null;
  let inNumPr = false;
  if (parts.has(part)) {
    await walk(await parts.stream(part), {
      open(name, tag) {
        if (name === "style") {
          // Numbering styles too: a list may live in one (w:numStyleLink).
          style = ["paragraph", "numbering"].includes(attr(tag, "type")) ? { basedOn: null, numId: null, ilvl: null, name: null, outlineLvl: null } : null;
          if (style && flag(attr(tag, "default") ?? "0")) defaultId = attr(tag, "styleId");
          if (style) styles.set(attr(tag, "styleId"), style);
        } else if (!style) return;
        else if (name === "basedOn") style.basedOn = attr(tag, "val") ?? null;
        else if (name === "name" && style.name === null) style.name = attr(tag, "val") ?? null;
        else if (name === "numPr") inNumPr = true;
        else if (inNumPr && name === "numId") style.numId = attr(tag, "val") ?? null;
        else if (inNumPr && name === "ilvl") style.ilvl = intVal(tag, null);
        else if (name === "outlineLvl") style.outlineLvl = intVal(tag, null);
      },
      close(name) {
        if (name === "numPr") inNumPr = false;
        if (name === "style") style = null;
      },
    });
  }
  /** numId / ilvl of a style, inherited along basedOn (a loop ends the walk). */
  const numPrOf = (id) => {
    const seen = new Set();
    let numId = null;
    let ilvl = null;
    for (let s = styles.get(id); s && !seen.has(s); s = styles.get(s.basedOn)) {
      seen.add(s);
      numId ??= s.numId;
      ilvl ??= s.ilvl;
    }
    return { numId, ilvl };
  };
  /**
   * What gives a style its heading level: the nearest style along basedOn
   * that is a heading by name, a title style, or sets an outline level. Word
   * stores its built-in names in English (heading 1) whatever the UI
   * language, other writers may use 标题 1; a custom style (一级标题, 公文二级
   * 标题) gives its level by w:outlineLvl (0–8; 9 is body text). The title
   * styles (Title, 标题, Subtitle) are no heading even with an outline level,
   * as WPS writes them. A style styles.xml does not define is read by its id
   * (Heading1), as some generators write no styles part.
   */
  const levelSource = (id) => {
    if (id === null || id === undefined) return null;
    if (!styles.has(id)) return { named: headingLevelByName(id), outlined: null };
    const seen = new Set();
    for (let s = styles.get(id); s && !seen.has(s); s = styles.get(s.basedOn)) {
      seen.add(s);
      if (TITLE_STYLE.test((s.name ?? "").trim())) return { named: null, outlined: null };
      const named = headingLevelByName(s.name);
      if (named !== null || s.outlineLvl !== null) return { named, outlined: outlineHeadingLevel(s.outlineLvl) };
    }
    return null;
  };
  /** The heading level (1–9) the style gives, or null. */
  const headingLevelOf = (id) => {
    const source = levelSource(id);
    return source ? (source.named ?? source.outlined) : null;
  };
  /** The level a built-in heading style gives by its name (heading 2 → 2), when that is what decides the style's level. */
  const namedHeadingLevelOf = (id) => levelSource(id)?.named ?? null;
  return { defaultId, numPrOf, headingLevelOf, namedHeadingLevelOf };
}

const TITLE_STYLE = /^(?:title|subtitle|标题|副标题)$/i;

/** w:outlineLvl 0–8 → heading level 1–9; 9 (body text) or none → null. */
function outlineHeadingLevel(outlineLvl) {
  return outlineLvl !== null && outlineLvl >= 0 && outlineLvl <= 8 ? outlineLvl + 1 : null;
}

/** "heading 2", "Heading2", "标题 2" → 2; anything else (Title, 标题, heading 10) → null. */
function headingLevelByName(name) {
  const m = /^(?:heading|标题)\s*([1-9])$/i.exec((name ?? "").trim());
  return m ? Number(m[1]) : null;
}

/** numbering.xml: abstract lists (their levels) and the list instances (w:num) that use them. */
async function readNumbering(parts, part) {
  const abstracts = new Map();
  const nums = new Map();
  /** abstractNumId → the numbering style whose list it really is (w:numStyleLink). */
  const styleLinks = new Map();
  if (!parts.has(part)) return { abstracts, nums, styleLinks };
  let abstractId = null;
  let levels = null; // the abstractNum's levels, or a lvlOverride's
  let level = null;
  let num = null;
  let override = null;
  await walk(await parts.stream(part), {
    open(name, tag) {
      switch (name) {
        case "abstractNum":
          levels = new Map();
          abstractId = attr(tag, "abstractNumId");
          abstracts.set(abstractId, levels);
          break;
        case "numStyleLink":
          if (levels) styleLinks.set(abstractId, attr(tag, "val"));
          break;
        case "num":
          num = { abstractId: null, overrides: new Map() };
          nums.set(attr(tag, "numId"), num);
          break;
        case "abstractNumId":
          if (num) num.abstractId = attr(tag, "val") ?? null;
          break;
        case "lvlOverride":
          if (!num) break;
          override = { start: null, level: null };
          num.overrides.set(intVal(tag, 0), override);
          break;
        case "startOverride":
          if (override) override.start = intVal(tag, 1);
          break;
        case "lvl":
          level = { start: 1, numFmt: "decimal", lvlText: "", suff: "tab", isLgl: false, pStyle: null, restart: null };
          if (override) override.level = level;
          else levels?.set(toInt(attr(tag, "ilvl"), 0), level);
          break;
        case "start":
          if (level) level.start = intVal(tag, 1);
          break;
        case "numFmt":
          if (level) level.numFmt = attr(tag, "val") ?? "decimal";
          break;
        case "lvlText":
          if (level) level.lvlText = attr(tag, "val") ?? "";
          break;
        case "suff":
          if (level) level.suff = attr(tag, "val") ?? "tab";
          break;
        case "isLgl":
          if (level) level.isLgl = isOn(tag);
          break;
        case "pStyle":
          if (level) level.pStyle = attr(tag, "val") ?? null;
          break;
        case "lvlRestart":
          if (level) level.restart = intVal(tag, null);
          break;
      }
    },
    close(name) {
      if (name === "lvl") level = null;
      else if (name === "lvlOverride") override = null;
      else if (name === "num") num = null;
      else if (name === "abstractNum") levels = null;
    },
  });
  return { abstracts, nums, styleLinks };
}

/**
 * Word's counters, as it keeps them: per abstract list (instances of one list
 * continue each other unless one restarts with w:startOverride), a level's
 * counter restarting whenever a higher level is numbered unless its
 * w:lvlRestart says otherwise (restartsAfter).
 */
class Numberer {
  constructor(numbering, styles) {
    this.numbering = numbering;
    this.styles = styles;
    this.counters = new Map();
    this.started = new Set();
  }

  /** The abstract list a list instance uses, through the numbering style it links to if it does. */
  abstractOf(num) {
    const style = this.numbering.styleLinks.get(num.abstractId);
    const linkedNum = style && this.numbering.nums.get(this.styles.numPrOf(style).numId);
    return linkedNum && linkedNum !== num ? linkedNum.abstractId : num.abstractId;
  }

  /** The number Word shows before this paragraph ("" when none). */
  label({ numId, ilvl, style }) {
    const fromStyle = this.styles.numPrOf(style ?? this.styles.defaultId);
    const id = numId ?? fromStyle.numId;
    const num = id === null || id === "0" ? undefined : this.numbering.nums.get(id);
    const abstractId = num && this.abstractOf(num);
    const levels = this.numbering.abstracts.get(abstractId);
    if (!levels) return "";
    const levelOf = (l) => num.overrides.get(l)?.level ?? levels.get(l);
    const linked = style ? [...levels].find(([, lvl]) => lvl.pStyle === style)?.[0] : undefined;
    const at = Math.min(Math.max(ilvl ?? (numId === null ? fromStyle.ilvl : null) ?? linked ?? 0, 0), 8);
    const level = levelOf(at);
    if (!level) return "";
    let counters = this.counters.get(abstractId);
    if (!counters) this.counters.set(abstractId, (counters = []));
    if (!this.started.has(id)) {
      this.started.add(id);
      for (const [l, o] of num.overrides) if (o.start !== null) counters[l] = o.start - 1;
    }
    counters[at] = (counters[at] ?? (levelOf(at)?.start ?? 1) - 1) + 1;
    for (let l = at + 1; l < counters.length; l++) if (restartsAfter(levels.get(l), l, at)) counters[l] = undefined;
    if (level.numFmt === "bullet") return "";
    const text = level.lvlText.replace(/%([1-9])/g, (_, d) => {
      const l = Number(d) - 1;
      const value = counters[l] ?? levelOf(l)?.start ?? 1;
      return formatNumber(value, level.isLgl && l < at ? "decimal" : (levelOf(l)?.numFmt ?? "decimal"));
    });
    // Word separates the number from the text by a tab (or a space). After 一、 or （一） the text reads
    // on without one, as typed; after "1." it must not, or "1.2025年…" reads as a number.
    const separated = level.suff !== "nothing" && text !== "" && !/[\u3000-\u303f\uff00-\uffef]$/.test(text);
    return separated ? `${text} ` : text;
  }
}

/**
 * Whether level `l` of a list starts again when level `at` (higher) is
 * numbered. w:lvlRestart N (one-based) restarts it after level N or any
 * higher one (MS-OI29500: Word counts any higher level, the standard only
 * level N); 0 never restarts it, so a list of 1.–4. runs on across 一、 and
 * 二、; absent, or naming a level not above `l`, it restarts after any higher
 * level. Word reads it from the abstract list only, never from an override.
 */
function restartsAfter(level, l, at) {
  const restart = level?.restart ?? null;
  if (restart === null || restart > l) return true;
  return restart !== 0 && at <= restart - 1;
}

const CN_DIGITS = "零一二三四五六七八九";
const CN_LEGAL = "零壹贰叁肆伍陆柒捌玖";

/** 1 → 一, 10 → 十, 11 → 十一, 105 → 一百零五 (legal: 壹佰零伍, 拾 kept as 壹拾). */
function chineseNumber(n, digits, units, legal) {
  if (n <= 0 || n >= 100_000) return String(n);
  const ds = String(n).split("").map(Number);
  let out = "";
  let zero = false;
  ds.forEach((d, i) => {
    const unit = units[ds.length - 1 - i];
    if (d === 0) zero = out !== "";
    else {
      if (zero) out += digits[0];
      zero = false;
      out += d === 1 && unit === units[1] && out === "" && !legal ? unit : digits[d] + unit;
    }
  });
  return out;
}

function letters(n, base) {
  if (n < 1 || n > 26 * 30) return String(n);
  const letter = String.fromCharCode(base + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n) {
  if (n <= 0 || n >= 4000) return String(n);
  // prettier-ignore
  const table = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let out = "";
  for (const [value, symbol] of table) {
    const times = Math.floor(n / value);
    out += symbol.repeat(times);
    n -= times * value;
  }
  return out;
}

const enclosed = (n, first) => (n >= 1 && n <= 20 ? String.fromCodePoint(first + n - 1) : String(n));

export function formatNumber(n, format) {
  switch (format) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "japaneseCounting":
    case "koreanCounting":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
      return chineseNumber(n, CN_DIGITS, ["", "十", "百", "千", "万"], false);
    case "chineseLegalSimplified":
      return chineseNumber(n, CN_LEGAL, ["", "拾", "佰", "仟", "万"], true);
    case "ideographDigital":
    case "taiwaneseDigital":
      return String(n).replace(/\d/g, (d) => "〇一二三四五六七八九"[Number(d)]);
    case "ideographTraditional":
      return n >= 1 && n <= 10 ? "甲乙丙丁戊己庚辛壬癸"[n - 1] : String(n);
    case "ideographZodiac":
      return n >= 1 && n <= 12 ? "子丑寅卯辰巳午未申酉戌亥"[n - 1] : String(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
    case "ideographEnclosedCircle":
      return enclosed(n, 0x2460);
    case "decimalEnclosedParen":
      return enclosed(n, 0x2474);
    case "decimalEnclosedFullstop":
      return enclosed(n, 0x2488);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "decimalZero":
      return String(n).padStart(2, "0");
    case "lowerLetter":
      return letters(n, 97);
    case "upperLetter":
      return letters(n, 65);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperRoman":
      return roman(n);
    case "none":
      return "";
    default:
      return String(n);
  }
}

// ---------------------------------------------------------------- the body

/** Subtrees that are not body text as Word shows it with changes accepted. */
// prettier-ignore
const SKIPPED = new Set([
  "moveFrom", "sdtPr", "sdtEndPr", "drawing", "pict", "object", "mc:Fallback", "sectPr", "instrText", "delText",
  "delInstrText", "fldData", "txbxContent", "rPrChange", "pPrChange", "tblPrChange", "trPrChange", "tcPrChange",
  "sectPrChange", "tblGrid", "footnoteReference", "endnoteReference", "commentReference",
]);

class BodyReader {
  constructor(numberer, styles, maxChars) {
    this.numberer = numberer;
    this.styles = styles;
    this.maxChars = maxChars;
    this.chars = 0;
    this.blocks = [];
    this.path = [];
    this.skip = 0;
    this.paragraph = null;
    this.run = null;
    this.inText = false;
    /** Open complex fields, innermost last: "code" until w:fldChar separate, then "result". */
    this.fields = [];
    /** Open tables, innermost last, each with its open row and cell. */
    this.tables = [];
  }

  count(n) {
    this.chars += n + 1;
    if (this.chars > this.maxChars) throw new JobRefusal("tooMuchText");
  }

  add(text) {
    if (!this.paragraph || this.run?.hidden || this.fields.includes("code")) return;
    this.paragraph.parts.push(text);
    this.count(text.length);
  }

  parent(depth = 1) {
    return this.path[this.path.length - depth];
  }

  open(name, tag) {
    if (this.skip > 0 || SKIPPED.has(name) || (name === "del" && !this.deletionMark())) {
      this.skip++;
      return;
    }
    const table = this.tables.at(-1);
    switch (name) {
      case "p":
        this.paragraph = { parts: [], numId: null, ilvl: null, style: null, outlineLvl: null };
        break;
      case "pStyle":
        if (this.parent() === "pPr" && this.paragraph) this.paragraph.style = attr(tag, "val") ?? null;
        break;
      case "numId":
        if (this.parent() === "numPr" && this.paragraph) this.paragraph.numId = attr(tag, "val") ?? null;
        break;
      case "ilvl":
        if (this.parent() === "numPr" && this.paragraph) this.paragraph.ilvl = intVal(tag, null);
        break;
      case "outlineLvl":
        if (this.parent() === "pPr" && this.paragraph) this.paragraph.outlineLvl = intVal(tag, null);
        break;
      case "r":
        this.run = { hidden: false };
        break;
      case "vanish":
        if (this.parent() === "rPr" && this.parent(2) === "r" && this.run) this.run.hidden = isOn(tag);
        break;
      case "t":
        this.inText = this.parent() === "r";
        break;
      case "tab":
      case "ptab":
        if (this.parent() === "r") this.add(" ");
        break;
      case "br":
      case "cr":
        if (this.parent() === "r") this.add("\n");
        break;
      case "noBreakHyphen":
        if (this.parent() === "r") this.add("-");
        break;
      case "fldChar": {
        const type = attr(tag, "fldCharType");
        if (type === "begin") this.fields.push("code");
        else if (type === "separate" && this.fields.length) this.fields[this.fields.length - 1] = "result";
        else if (type === "end") this.fields.pop();
        break;
      }
      case "tbl":
        this.tables.push({ rows: [], row: null, cell: null });
        break;
      case "tr":
        if (table) table.row = { cells: [], header: false, gridBefore: 0, deleted: false };
        break;
      case "tblHeader":
        if (this.parent() === "trPr" && table?.row) table.row.header = isOn(tag);
        break;
      case "gridBefore":
        if (this.parent() === "trPr" && table?.row) table.row.gridBefore = Math.min(Math.max(intVal(tag, 0), 0), 63);
        break;
      case "tc":
        if (table?.row) table.cell = { lines: [], span: 1 };
        break;
      case "gridSpan":
        if (this.parent() === "tcPr" && table?.cell) table.cell.span = Math.min(Math.max(intVal(tag, 1), 1), 64);
        break;
      case "vMerge":
      case "hMerge":
        if (this.parent() === "tcPr" && table?.cell) table.cell[name] = attr(tag, "val") === "restart" ? "restart" : "continue";
        break;
    }
    this.path.push(name);
  }

  /**
   * A w:del that marks rather than wraps: in a row's properties it deletes the
   * row (kept open so the row can be dropped); in run properties it is a
   * deleted paragraph mark (ignored). Anywhere else it wraps deleted text.
   */
  deletionMark() {
    if (this.parent() === "trPr") {
      const row = this.tables.at(-1)?.row;
      if (row) row.deleted = true;
      return true;
    }
    return this.parent() === "rPr";
  }

  text(text) {
    if (this.inText && this.skip === 0) this.add(text);
  }

  close(name) {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    this.path.pop();
    const table = this.tables.at(-1);
    switch (name) {
      case "t":
        this.inText = false;
        break;
      case "r":
        this.run = null;
        break;
      case "p":
        this.endParagraph(table);
        break;
      case "tc":
        if (table?.row && table.cell) {
          const { lines, span, vMerge, hMerge } = table.cell;
          table.row.cells.push({ text: trimLines(lines.join("\n")), span, ...(vMerge && { vMerge }), ...(hMerge && { hMerge }) });
          // Every grid position it covers becomes a cell of the rebuilt grid: count them all.
          this.count(span - 1);
        }
        if (table) table.cell = null;
        break;
      case "tr":
        if (table?.row && !table.row.deleted) table.rows.push({ cells: table.row.cells, header: table.row.header, gridBefore: table.row.gridBefore });
        if (table?.row) this.count(table.row.gridBefore);
        if (table) table.row = null;
        break;
      case "tbl":
        this.endTable();
        break;
    }
  }

  endParagraph(table) {
    const paragraph = this.paragraph;
    this.paragraph = null;
    if (!paragraph) return;
    const label = this.numberer.label(paragraph);
    const text = trimLines(label + paragraph.parts.join(""));
    this.count(label.length);
    if (table?.cell) table.cell.lines.push(text);
    else if (!table) {
      // The paragraph's own outline level wins over its style's, except over a built-in heading
      // style's, whose level Word fixes (its paragraph dialog greys the setting out).
      const style = paragraph.style ?? this.styles.defaultId;
      const headingLevel =
        this.styles.namedHeadingLevelOf(style) ??
        (paragraph.outlineLvl !== null ? outlineHeadingLevel(paragraph.outlineLvl) : this.styles.headingLevelOf(style));
      this.blocks.push(headingLevel === null ? { kind: "paragraph", text } : { kind: "paragraph", text, headingLevel });
    }
  }

  /** An outer table becomes a block; a table inside a cell becomes lines of that cell, one per row. */
  endTable() {
    const table = this.tables.pop();
    const outer = this.tables.at(-1);
    if (!outer) {
      this.blocks.push({ kind: "table", rows: table.rows });
      return;
    }
    if (!outer.cell) return;
    for (const row of table.rows) {
      const line = row.cells
        .filter((c) => c.vMerge !== "continue" && c.hMerge !== "continue")
        .map((c) => c.text.replace(/\s*\n\s*/g, " ").trim())
        .filter(Boolean)
        .join(" ");
      if (line) outer.cell.lines.push(line);
    }
  }
}

/** Line breaks at either end of a paragraph or cell (a page break, an empty last paragraph) carry no text. */
function trimLines(text) {
  return text.replace(/^\n+|\n+$/g, "");
}
