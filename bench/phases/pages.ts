// The pages measured, and a check that each is what it should be (not a
// sign-in redirect or an error) before any load is put on it.
import { COMPARE_INDICATOR, type Targets } from "../lib/province";
import { fetchText, type BenchServer } from "../lib/http";
import type { Sessions } from "./sign-in";

/**
 * A keyword no generated task's title or goal holds: the task list with no
 * rows is the same page, layout, session and filter form, so its cost above
 * its own floor is what any page costs before it draws a row.
 */
export const NO_MATCH = "基准无匹配";

export type Pages = Record<"dashboard" | "dashboardTenant" | "tasksFirst" | "tasksDeep" | "tasksNone" | "task" | "compare" | "drilldown", string>;

export function pagesFor({ taskList, busyTask, drillDistrict }: Targets): Pages {
  const { planId, status, deepPage } = taskList;
  return {
    dashboard: "/",
    dashboardTenant: "/?mine=0",
    tasksFirst: `/tasks?plan=${planId}&status=${status}&page=1`,
    tasksDeep: `/tasks?plan=${planId}&status=${status}&page=${deepPage}`,
    tasksNone: `/tasks?plan=${planId}&status=${status}&q=${encodeURIComponent(NO_MATCH)}&page=1`,
    task: `/tasks/${busyTask.id}`,
    compare: `/api/v1/compare?indicator=${COMPARE_INDICATOR}`,
    drilldown: `/districts/${drillDistrict.code}`,
  };
}

export async function checkPages(server: BenchServer, c: Sessions, pages: Pages, districts: number): Promise<void> {
  const expectPage = async (pathName: string, cookie: string, marker: string) => {
    const { status, text } = await fetchText(server.origin, pathName, cookie);
    if (status !== 200 || !text.includes(marker)) throw new Error(`${pathName}: HTTP ${status}, "${marker}" ${text.includes(marker) ? "found" : "missing"}`);
  };
  await expectPage(pages.dashboard, c.leaderCookie, "bureau-dashboard");
  await expectPage(pages.dashboardTenant, c.leaderCookie, "bureau-dashboard");
  await expectPage(pages.tasksFirst, c.staffCookie, 'data-testid="task-list"');
  await expectPage(pages.tasksDeep, c.staffCookie, 'data-testid="task-list"');
  await expectPage(pages.tasksNone, c.staffCookie, "没有符合筛选条件的任务");
  await expectPage(pages.task, c.staffCookie, 'data-testid="task-history"');
  await expectPage(pages.drilldown, c.viewerCookie, 'data-testid="district-figures"');
  const compare = await fetchText(server.origin, pages.compare, c.viewerCookie);
  const body = JSON.parse(compare.text) as { districts?: unknown[] };
  if (compare.status !== 200 || body.districts?.length !== districts) throw new Error(`compare: HTTP ${compare.status}, ${body.districts?.length} districts`);
}
