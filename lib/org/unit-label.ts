// A slot's unit as lists show it: a school that reports through a group unit
// carries the group's name, so a reviewer sees why 某小学 answers this task.
export function slotUnitLabel(unitName: string, groupName: string | null | undefined): string {
  return groupName ? `${unitName}（${groupName}）` : unitName;
}
