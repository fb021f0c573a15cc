/**
 * People and unit lists from 责任领导 / 责任单位 style fields.
 *
 * Separators seen in practice: spaces, 、 ， , ； ; and line breaks.
 * Two-character names are often padded to the width of three-character ones
 * ("赵 丽"), so runs of single-character tokens are glued back together.
 */
import type { ResponsibleUnit, UnitRole } from "./types";
import { splitTopLevel } from "./text";

/**
 * "赵 丽 崔 茜" arrives as four one-character tokens. Padding is applied to
 * two-character names, so pairs are the default; an odd run ends with a
 * three-character name rather than leaving a lone surname behind.
 */
export function mergePaddedTokens(tokens: string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
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

/** "张学兵 赵 丽 崔 茜" → ["张学兵", "赵丽", "崔茜"]. */
export function splitPeople(value: string): string[] {
  const names: string[] = [];
  for (const piece of splitTopLevel(value, /[、，,；;\/／]/)) {
    const tokens = piece.split(/\s+/).filter(Boolean);
    for (const tok of mergePaddedTokens(tokens)) {
      // Titles in brackets ("王明（副局长）") and 同志/等 are not part of the name.
      const name = tok.replace(/[（(][^）)]*[）)]/g, "").replace(/(同志|等)$/, "").trim();
      if (name && !/^(等|同志)$/.test(name)) names.push(name);
    }
  }
  return unique(names, (n) => n);
}

/** A person name is 2–4 Han characters (or a 少数民族 transliteration with ·). */
export function looksLikePersonName(name: string): boolean {
  return /^[\u4e00-\u9fa5]{2,4}$/.test(name) || /^[\u4e00-\u9fa5]{1,6}[·•][\u4e00-\u9fa5]{1,8}$/.test(name);
}

// 县/区/市 as an administrative prefix; 市场监管局 and 区域… are not prefixed.
const REGION_PREFIX = /^(县委|区委|市委|州委|旗委|县|区(?!域)|市(?!场)|州|旗)/;
const HAS_REGION = /(县|区(?!域)|市(?!场)|州|旗)/;
const ORG_SUFFIX = /(局|委|办|部|院|所|队|站|中心|室|会|处|科|厅|公司|街道|办事处)$/;
// Bare institution categories that only make sense after a 各… group ("各中小学校、幼儿园").
const GROUP_MEMBER = /^(中小学校?|中学|小学|初中|高中|幼儿园|学校|园所|幼儿园所|中职学校|职业学校|民办学校|特殊教育学校)$/;

/**
 * Split one 、-chain. Two rules keep the pieces recognisable:
 *  - a 各… group absorbs following bare categories: 各中小学校、幼儿园 stays one group unit;
 *  - a region prefix is shared along the chain: 县发改局、财政局 → 县发改局, 县财政局
 *    (the unprefixed spelling is kept in `raw`).
 */
function splitChain(chain: string, role: UnitRole): ResponsibleUnit[] {
  const items = splitTopLevel(chain, /[、]/);
  const out: ResponsibleUnit[] = [];
  let prefix: string | null = null;
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && last.name.startsWith("各") && GROUP_MEMBER.test(item)) {
      last.name = `${last.name}、${item}`;
      continue;
    }
    const own = REGION_PREFIX.exec(item);
    if (own) {
      prefix = own[1] ?? null;
      out.push({ name: item, role });
    } else if (prefix && !item.startsWith("各") && !HAS_REGION.test(item) && ORG_SUFFIX.test(item)) {
      out.push({ name: prefix + item, role, raw: item });
    } else {
      out.push({ name: item, role });
    }
  }
  return out;
}

export function splitUnits(value: string, role: UnitRole): ResponsibleUnit[] {
  const units: ResponsibleUnit[] = [];
  for (const piece of splitTopLevel(value, /[，,；;\/／]/)) {
    const tokens = mergePaddedTokens(piece.split(/\s+/).filter(Boolean));
    for (const chain of tokens) units.push(...splitChain(chain.replace(/[。．.]+$/, ""), role));
  }
  return unique(
    units.filter((u) => u.name.length > 0 && !/^(等|等单位|等部门)$/.test(u.name)),
    (u) => `${u.role}|${u.name}`,
  );
}
