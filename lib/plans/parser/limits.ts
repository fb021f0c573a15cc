/**
 * The sizes a parsed plan may have: the import review's schema
 * (lib/plans/import/parsed-plan-schema.ts) refuses anything larger, so the
 * parser clamps to them (clamp.ts) and says so, rather than hand the review a
 * plan it can never confirm.
 */
export const PLAN_LIMITS = {
  titleChars: 500,
  deadlineChars: 500,
  measureChars: 20_000,
  measuresPerTask: 500,
  /** lib/tasks/add-milestone.ts's MAX_MILESTONES: a task with more stages is a plan of its own. */
  milestonesPerTask: 50,
  unitsPerTask: 200,
  leadersPerTask: 50,
  personChars: 50,
  unitChars: 100,
  sourceTextChars: 100_000,
  projectTextChars: 20_000,
  tasks: 2_000,
  warningChars: 1_000,
  /** Above 10^14 万元 a 总投资 is digits run together, not an amount. */
  investmentWan: 99_999_999_999_999,
} as const;
