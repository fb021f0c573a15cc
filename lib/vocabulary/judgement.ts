// The on-path judgement of an indicator (dashboard, briefing, city comparison).

/** Worst first: what needs attention leads every list and filter. */
export const JUDGEMENTS = ["behind", "no-data", "on-track", "ahead"] as const;

export type Judgement = (typeof JUDGEMENTS)[number];

export const JUDGEMENT_LABELS: Record<Judgement, string> = {
  ahead: "超前",
  "on-track": "正常",
  behind: "滞后",
  "no-data": "无数据",
};

/** Rank for sorting, in JUDGEMENTS' order. */
export const JUDGEMENT_ORDER = Object.fromEntries(JUDGEMENTS.map((j, i) => [j, i])) as Record<Judgement, number>;

/**
 * Traffic-light colour per judgement: red needs action, amber means nobody
 * has an approved figure (a supervision gap in itself), green is fine.
 */
export const JUDGEMENT_RAG: Record<Judgement, "红" | "黄" | "绿"> = {
  ahead: "绿",
  "on-track": "绿",
  behind: "红",
  "no-data": "黄",
};
