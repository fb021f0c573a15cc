// A district task's links: which units it is assigned (the document's own,
// renamed for the district, or for a unit-less or borrowed task sometimes one
// of the district's departments and a school), the task_units rows with the
// units that report on it each period, and which of the district's leaders lead it.
import type { UnitRole } from "@/lib/generated/prisma/enums";
import { SHAPE, type DistrictContext } from "./district-context";
import type { DistrictUnits, Leader, Unit } from "./district-people";
import type { PlannedTask } from "./district-plans";
import type { PlanTemplate, TemplateTask } from "./templates";

/** A top-level section's leader and department: its tasks without their own fall back on them. */
export type Scope = { leader: Leader; department: Unit };
/** Where a task comes from: the plan's own document keeps its units; a borrowed one is assigned the district's. */
export type Source = { doc: PlanTemplate; yearShift: number; ownUnits: boolean };

export function taskUnits(
  { rng }: DistrictContext,
  units: DistrictUnits,
  template: TemplateTask,
  scope: Scope,
  source: Source,
): { unit: Unit; role: UnitRole }[] {
  const planned: { unit: Unit; role: UnitRole }[] = [];
  if (source.ownUnits && template.units.length) {
    for (const u of template.units) planned.push({ unit: units.fromDocument(u.name), role: u.role });
  } else if (rng.chance(SHAPE.assignLeadToUnitless)) {
    planned.push({ unit: rng.chance(0.7) ? scope.department : rng.pick(units.departments), role: "lead" });
    if (rng.chance(SHAPE.addSchoolToAssigned)) planned.push({ unit: rng.pick(units.schools), role: "responsible" });
  }
  return planned;
}

/** Writes the task's unit links (lead, cooperate, responsible); returns the units with a report slot each period. */
export function linkUnits({ t, tenantId }: DistrictContext, taskId: string, planned: { unit: Unit; role: UnitRole }[]): PlannedTask["slotUnits"] {
  const seen = new Set<string>();
  const slotUnits: PlannedTask["slotUnits"] = [];
  for (const role of ["lead", "cooperate", "responsible"] as const) {
    for (const u of planned) {
      if (u.role !== role || seen.has(`${u.unit.id}|${role}`)) continue;
      seen.add(`${u.unit.id}|${role}`);
      t.task_units.add([tenantId, taskId, u.unit.id, role]);
      // One slot per unit and period; a unit both lead and responsible reports as lead.
      if (role !== "cooperate" && !slotUnits.some((s) => s.unit === u.unit)) slotUnits.push({ unit: u.unit, role });
    }
  }
  for (const s of slotUnits) s.unit.slotTasks++;
  return slotUnits;
}

/** The document's leaders map onto the district's in order of first appearance; tasks without take their section's. */
export function taskLeaders(leaders: Leader[], template: TemplateTask, scope: Scope, source: Source): Leader[] {
  if (!template.leaders.length) return [scope.leader];
  return [...new Set(template.leaders.map((name) => leaders[Math.max(0, source.doc.leaders.indexOf(name)) % leaders.length]!))];
}
