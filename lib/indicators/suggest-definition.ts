// Suggests the catalogue definition (口径) an indicator most likely reports
// under. Pure: the caller passes the catalogue. Indicator names come from two
// places: a plan's indicator table ("高中阶段教育毛入学率（%）") and targets
// quoted from the text ("全县普惠性幼儿园覆盖率达到92%以上"), so an exact match
// on the name or a synonym is tried first, then a catalogue term contained in
// the name. A suggestion is only a suggestion: a bureau admin confirms it.

export interface CatalogueCandidate {
  id?: string;
  code: string;
  name: string;
  synonyms: readonly string[];
  unit: string | null;
}

export interface DefinitionSuggestion {
  definitionId: string | null;
  code: string;
  /** 0–1: 1 exact name, 0.95 exact synonym, below 0.9 containment. */
  confidence: number;
  match: "name" | "synonym" | "contains";
}

/** Unit labels that may appear in brackets after a name in an indicator table. */
const BRACKETED_UNIT = /\((?:%|‰|百分比|年|岁|人|个|所|元|万元|亿元|间|名|项)\)/g;
const QUOTES = /[“”‘’"'「」『』《》]/g;
// Quantities inside a target sentence ("达到92%以上", "下降0.5个百分点"); the
// rate's name is what is left. Chinese numerals (九年, 三年) are part of names.
const QUANTITY = /[-+]?\d+(?:\.\d+)?(?:%|‰|个百分点|百分点)?|%|‰/g;

/**
 * Canonical form of an indicator or catalogue name: NFKC (full-width → ASCII,
 * （%） → (%)), no whitespace, quotes or bracketed unit. 率 / 比例 / 占比 are kept:
 * 普惠率 and 普惠性幼儿园覆盖率 differ only by synonyms, not by stripping words.
 */
export function normaliseName(raw: string): string {
  return raw.normalize("NFKC").replace(/\s+/g, "").replace(QUOTES, "").replace(BRACKETED_UNIT, "").toLowerCase();
}

/** The name with numbers and their units removed, for containment matching. */
export function stripQuantities(normalised: string): string {
  return normalised.replace(QUANTITY, "");
}

/**
 * Units compared by meaning: a target stated as a change in 个百分点 belongs to
 * a rate measured in %, so both count as percent.
 */
export function normaliseUnit(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const u = raw.normalize("NFKC").replace(/\s+/g, "");
  if (u === "") return null;
  if (u === "%" || u === "百分比" || u === "个百分点" || u === "百分点") return "%";
  return u;
}

/** A missing unit on either side is no evidence against a match. */
export function unitsAgree(a: string | null | undefined, b: string | null | undefined): boolean {
  const ua = normaliseUnit(a);
  const ub = normaliseUnit(b);
  return ua === null || ub === null || ua === ub;
}

/** Terms shorter than this match too much by containment (率, 比例). */
const MIN_TERM_LENGTH = 2;
/** A name this short is not contained in a catalogue term by accident (毛入学率 is, 比例 is not). */
const MIN_REVERSE_LENGTH = 4;
const EPSILON = 1e-9;

interface Scored {
  score: number;
  match: DefinitionSuggestion["match"];
  /** Longer matched terms are more specific; used only to order equal scores. */
  termLength: number;
}

function ranksAbove(a: Scored, b: Scored): boolean {
  return a.score > b.score + EPSILON || (Math.abs(a.score - b.score) <= EPSILON && a.termLength > b.termLength);
}

function scoreEntry(name: string, bare: string, entry: CatalogueCandidate): Scored | null {
  const terms: { term: string; kind: "name" | "synonym" }[] = [
    { term: normaliseName(entry.name), kind: "name" },
    ...entry.synonyms.map((s) => ({ term: normaliseName(s), kind: "synonym" as const })),
  ];
  let best: Scored | null = null;
  for (const { term, kind } of terms) {
    if (term.length < MIN_TERM_LENGTH) continue;
    let candidate: Scored | null = null;
    if (term === name || term === bare) {
      candidate = { score: kind === "name" ? 1 : 0.95, match: kind, termLength: term.length };
    } else if (bare.includes(term)) {
      // The closer the term covers the whole name, the surer the match.
      candidate = { score: 0.5 + 0.4 * (term.length / bare.length), match: "contains", termLength: term.length };
    } else if (bare.length >= MIN_REVERSE_LENGTH && term.includes(bare)) {
      candidate = { score: 0.4 + 0.3 * (bare.length / term.length), match: "contains", termLength: bare.length };
    }
    if (candidate && (!best || ranksAbove(candidate, best))) best = candidate;
  }
  return best;
}

/**
 * The best catalogue entry for an indicator, or null when nothing matches, the
 * units disagree, or two different entries match equally well (a tie is a
 * question for a person, not a coin toss).
 */
export function suggestDefinition(indicator: { name: string; unit?: string | null }, catalogue: readonly CatalogueCandidate[]): DefinitionSuggestion | null {
  const name = normaliseName(indicator.name);
  const bare = stripQuantities(name);
  if (bare.length < MIN_TERM_LENGTH) return null;
  let best: { entry: CatalogueCandidate; scored: Scored } | null = null;
  let tied = false;
  for (const entry of catalogue) {
    if (!unitsAgree(indicator.unit, entry.unit)) continue;
    const scored = scoreEntry(name, bare, entry);
    if (!scored) continue;
    if (!best || scored.score > best.scored.score + EPSILON) {
      best = { entry, scored };
      tied = false;
    } else if (Math.abs(scored.score - best.scored.score) <= EPSILON) {
      if (scored.termLength > best.scored.termLength) {
        best = { entry, scored };
        tied = false;
      } else if (scored.termLength === best.scored.termLength && entry.code !== best.entry.code) {
        tied = true;
      }
    }
  }
  if (!best || tied) return null;
  return {
    definitionId: best.entry.id ?? null,
    code: best.entry.code,
    confidence: Math.round(Math.min(1, best.scored.score) * 100) / 100,
    match: best.scored.match,
  };
}
