// The words around a match in a report's text, so a hit shows why it matched.
const BEFORE = 20;
const AFTER = 60;

export function excerptAround(text: string, q: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const at = flat.toLowerCase().indexOf(q.toLowerCase());
  // A similarity-only hit has no exact match: show the text's start.
  const start = at < 0 ? 0 : Math.max(0, at - BEFORE);
  const end = Math.min(flat.length, (at < 0 ? 0 : at + q.length) + AFTER);
  return `${start > 0 ? "…" : ""}${flat.slice(start, end)}${end < flat.length ? "…" : ""}`;
}
