// The bulletin's 文号 (X教督通〔2025〕N号). The rule, chosen because a product
// has no register of the bureau's issued numbers (docs/decisions/0025):
//   X  = the first character of the issuing bureau's name, as bureaus
//        abbreviate themselves (银川市教育局 → 银教…, 金凤区教育局 → 金教…);
//   教督通 = 教育 · 督查 · 通报;
//   year = the year the reported period (or quarter) ends in;
//   N  = for a plan, the period's place among the plan's periods ending in that
//        year (its first period that year is 1); for the city, the quarter (1–4).
// The office may renumber before issuing; the number is stable for one period.

export function bulletinNumberText(issuerName: string, year: number, sequence: number): string {
  const short = Array.from(issuerName.trim())[0] ?? "";
  return `${short}教督通〔${year}〕${sequence}号`;
}

/** N for a plan's period: 1 + the number of the plan's periods ending in the same year that start before it. */
export function periodSequence(period: { id: string; startsOn: Date; endsOn: Date }, periods: readonly { id: string; startsOn: Date; endsOn: Date }[]): number {
  const year = period.endsOn.getUTCFullYear();
  return 1 + periods.filter((p) => p.id !== period.id && p.endsOn.getUTCFullYear() === year && p.startsOn < period.startsOn).length;
}
