// "Similar wording" between an annual task and a five-year task (decision 0036).
// Titles of both are mostly generic verbs and fillers (全面/加强/推进/提升/建设…);
// trigram similarity over the whole title matched 加强教师队伍建设 with 加强校长队伍建设
// and 深化集团化办学体制改革 with 深化用人机制改革. Comparing what is left once these
// words are dropped keeps the subject (学前教育普及普惠, 义务教育优质均衡, 依法治教).
// Pure: the same pattern runs in SQL (regexp_replace) and in the unit test.

/** Generic words dropped before comparing; a POSIX ERE alternation, the same in PostgreSQL and JavaScript. */
export const GENERIC_WORDS =
  "全面|加强|推进|提升|深化|持续|进一步|不断|大力|着力|扎实|切实|积极|建设|工作|水平|发展|落实|完善|健全|强化|优化|做好|抓好|实施|开展|推动|促进|构建|打造|坚持|始终|实现|全力|努力|巩固|规范|保障|夯实|和|的|与";

/** Core words at least this similar (pg_trgm similarity, 0–1) are suggested as 表述相近. */
export const WORDING_THRESHOLD = 0.25;

/** At most this many suggestions per annual task, best first. */
export const SUGGESTIONS_PER_TASK = 3;

const GENERIC = new RegExp(`(${GENERIC_WORDS})`, "g");

/** A title without its generic words: what the wording comparison looks at. */
export function coreWords(title: string): string {
  return title.replace(GENERIC, "");
}
