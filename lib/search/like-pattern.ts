// User text inside a LIKE pattern: % and _ (and the escape character itself)
// are matched literally, so "100%" finds "100%" and not every title with "100".
// The statements that use these say ESCAPE '\'.
const LIKE_SPECIAL = /[\\%_]/g;

export function escapeLike(text: string): string {
  return text.replace(LIKE_SPECIAL, "\\$&");
}

/** Anywhere in the text and at its start (the ranking's substring and prefix tiers). */
export function likePatterns(q: string): { contains: string; prefix: string } {
  const escaped = escapeLike(q);
  return { contains: `%${escaped}%`, prefix: `${escaped}%` };
}
