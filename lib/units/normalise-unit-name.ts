// The name-matching rules for units, pure. `unitNameKey` is what the plan
// import and the units page treat as the same name: spelling variants a
// bureau writes for one body (padding spaces, full-width punctuation,
// 各中小学、幼儿园 vs 各中小学校、幼儿园, 教育党工委 vs 党工委, 街道办事处 vs 街道办).
// `looseUnitKey` goes further (county prefix and 局 / 部门 dropped) and only
// ever suggests a merge to an admin: 发改部门 and 县发改局 may be one body,
// but 县财政局 and 市财政局 are two, so it is never applied by itself.

/** Whole-word variants → one spelling, applied in order after spaces and punctuation. */
const VARIANTS: readonly [RegExp, string][] = [
  [/中小学校/g, "中小学"],
  [/(教育党工委|教育工委|教育工作委员会|教育党委)$/, "党工委"],
  [/(教育体育局|教育和体育局)$/, "教体局"],
  [/(街道办事处|街道办)$/, "街道"],
  [/(镇人民政府|镇政府)$/, "镇"],
  [/(乡人民政府|乡政府)$/, "乡"],
  [/人民政府$/, "政府"],
  [/(等单位|等部门|等)$/, ""],
];

export function unitNameKey(name: string): string {
  const compact = name
    .normalize("NFKC")
    .replace(/[\s\u200b]+/g, "")
    .replace(/[，,；;/]/g, "、")
    .replace(/、+/g, "、")
    .replace(/^、|、$/g, "");
  const parts = compact.split("、").map((part) => VARIANTS.reduce((text, [pattern, to]) => text.replace(pattern, to), part));
  if (parts.length === 1) return parts[0]!;
  // A list names the same group in any order: 各幼儿园、中小学 = 各中小学、幼儿园.
  const collective = parts.some((p) => p.startsWith("各"));
  const members = parts.map((p) => p.replace(/^各/, "")).sort();
  return (collective ? "各" : "") + members.join("、");
}

const PLACE_PREFIX = /^(中共)?[^、]{0,6}?(省|自治区|市|州|县|区|旗)(委)?(?=.{2,})/;
const BODY_SUFFIX = /(部门|局|委员会|委|办公室|办)$/;

/** A coarser key for suggesting likely duplicates (never for matching on import). */
export function looseUnitKey(name: string): string {
  const key = unitNameKey(name);
  if (key.includes("、")) return key;
  const stripped = key.replace(PLACE_PREFIX, "").replace(BODY_SUFFIX, "");
  return stripped.length >= 2 ? stripped : key;
}
