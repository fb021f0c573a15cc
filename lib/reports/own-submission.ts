// Separation of duties in review: nobody approves a report they submitted
// themselves (bureau staff may fill in and submit a unit's report for it, and
// then must not be the one who accepts it). Returning one's own submission is
// allowed: it only sends the report back for changes, the same as withdrawing
// it, and counts for nothing. The submitter is the report's author, which every
// save and submit sets to the acting account (write-report.ts), so for a
// submitted report it is the account that submitted it.

export const OWN_SUBMISSION_MESSAGE = "不能审核本人提交的报告：请由其他审核人审核通过；如需修改，可以退回";

export function isOwnSubmission(report: { authorUserId: string | null }, userId: string): boolean {
  return report.authorUserId !== null && report.authorUserId === userId;
}
