// A district's accounts (admin, staff, leader, and a reporter for each of the
// units reporting on the most tasks), then its units and people: the leader
// account is the person leading the most tasks.
import { isoTime } from "./copy";
import { SHAPE, type DistrictContext } from "./district-context";
import type { DistrictUnits, Leader } from "./district-people";

export interface DistrictActors {
  staffId: string;
  /** Unit id → its reporter's user id. */
  reporterByUnit: Map<string, string>;
}

/** Code-point order: unlike localeCompare, the same on every machine. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function addAccounts(ctx: DistrictContext, leaders: Leader[], units: DistrictUnits): DistrictActors {
  const { ids, t, tenantId, spec, rng } = ctx;
  const account = (username: string, displayName: string, role: string, orgUnitId: string | null) => {
    const at = ctx.setupTime();
    const id = ids.uuid();
    t.users.add([id, username, displayName, spec.passwordHash, true, false, 1, null, isoTime(at), isoTime(at)]);
    t.memberships.add([ids.uuid(), tenantId, id, role, orgUnitId, isoTime(at)]);
    return id;
  };
  account(`${spec.code}.admin`, `${spec.name}管理员`, "bureau_admin", null);
  const staffId = account(`${spec.code}.staff`, `${spec.name}工作人员`, "bureau_staff", null);
  const leaderUserId = account(`${spec.code}.leader`, `${spec.name}分管领导`, "leader", null);
  const busiestLeader = [...leaders].sort((a, b) => b.tasks - a.tasks || byCodePoint(a.name, b.name))[0]!;
  const reporterUnits = [...units.all.values()]
    .filter((u) => u.kind !== "group")
    .sort((a, b) => b.slotTasks - a.slotTasks || byCodePoint(a.name, b.name))
    .slice(0, rng.int(SHAPE.reporters[0], SHAPE.reporters[1]));
  const reporterByUnit = new Map<string, string>();
  reporterUnits.forEach((unit, i) => {
    reporterByUnit.set(unit.id, account(`${spec.code}.reporter${String(i + 1).padStart(2, "0")}`, `${unit.name}填报员`, "unit_reporter", unit.id));
  });

  const unitAt = isoTime(ctx.setupTime());
  for (const unit of units.all.values()) t.org_units.add([unit.id, tenantId, unit.name, unit.kind, unitAt]);
  for (const l of leaders) t.people.add([l.id, tenantId, l.name, l.title, l === busiestLeader ? leaderUserId : null, unitAt]);
  return { staffId, reporterByUnit };
}
