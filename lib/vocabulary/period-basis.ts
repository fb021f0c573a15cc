// Where the parser found a plan's period (shown next to it in the import review).
export const PERIOD_BASES = ["title-range", "title-year", "five-year-plan", "text", "issue-year"] as const;

export type PeriodBasis = (typeof PERIOD_BASES)[number];

export const PERIOD_BASIS_LABELS: Record<PeriodBasis, string> = {
  "title-range": "取自标题",
  "title-year": "取自标题",
  "five-year-plan": "按五年规划推定",
  text: "取自正文",
  "issue-year": "按发文年份推定",
};
