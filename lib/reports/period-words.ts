// What opening a period says about tasks nobody will report on (no slot without a lead or responsible unit).
export function noUnitWarning(count: number): string {
  return `${count} 项任务没有责任单位，未生成填报任务`;
}
