// Phase 2: the FLOORS, with nothing else running: the SQL behind each page
// through bare `pg` as the app role (bench/lib/floor.ts).
import { dashboardDates } from "@/lib/dashboard/dates";
import type { DashboardScope } from "@/lib/dashboard/scope";
import { compareFloor, dashboardFloor, taskListFloor } from "../lib/floor";
import { summarize, type Summary } from "../lib/stats";
import type { Log } from "./lifecycle";
import { NO_MATCH } from "./pages";
import type { Prepared } from "./prepare";

export type Floors = Record<"dashboardMine" | "dashboardTenant" | "tasksFirst" | "tasksDeep" | "tasksNone" | "compare", Summary>;

export async function measureFloors({ db, targets }: Prepared, log: Log): Promise<Floors> {
  log("FLOOR：直接执行页面背后的 SQL…");
  const dates = dashboardDates();
  const tenantId = targets.district.id;
  const mineScope: DashboardScope = { tenantId, mineUserId: targets.leader.id };
  const tenantScope: DashboardScope = { tenantId, mineUserId: null };
  const taskList = { tenantId, userId: targets.staff.id, ...targets.taskList };
  return {
    dashboardMine: summarize(await dashboardFloor(db.appUrl, mineScope, targets.leader.id, dates)),
    dashboardTenant: summarize(await dashboardFloor(db.appUrl, tenantScope, targets.leader.id, dates)),
    tasksFirst: summarize(await taskListFloor(db.appUrl, { ...taskList, page: 1 })),
    tasksDeep: summarize(await taskListFloor(db.appUrl, { ...taskList, page: targets.taskList.deepPage })),
    tasksNone: summarize(await taskListFloor(db.appUrl, { ...taskList, page: 1, q: NO_MATCH })),
    compare: summarize(
      await compareFloor(db.appUrl, { cityId: targets.city.id, userId: targets.cityViewer.id, children: targets.children, definition: targets.definition }),
    ),
  };
}
