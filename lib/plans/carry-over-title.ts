// 结转: the new plan's title is this year's with the year moved on
// (金凤区教育局2022年教育工作要点 → …2023年…); a title naming no year gets it appended.
export function carryOverTitle(title: string, year: number): string {
  const next = year + 1;
  const own = new RegExp(`(?<!\\d)${year}(?!\\d)`, "g");
  return own.test(title) ? title.replace(own, String(next)) : `${title}（${next}年）`;
}

/** A carried task's due date stays when it falls in the new year or later; an earlier one (already past) is cleared. */
export function carriedDueDate(dueDate: Date | null, nextYear: number): Date | null {
  if (!dueDate) return null;
  return dueDate.getTime() >= Date.UTC(nextYear, 0, 1) ? dueDate : null;
}
