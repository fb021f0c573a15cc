// GET /api/v1/tasks.xlsx?<the filters of /tasks>: the task list as the page
// filters it (plans:read, like the page), every matching task on one sheet.
import { tenantReadRoute } from "@/lib/auth/route";
import { downloadResponse } from "@/lib/http/download";
import { XLSX_CONTENT_TYPE } from "@/lib/ledger/xlsx-response";
import { taskListFilterSchema } from "@/lib/plans/display/task-list-filter";
import { writeTasksXlsx } from "@/lib/plans/queries/write-tasks-xlsx";

export const GET = tenantReadRoute({ permission: "plans:read", query: taskListFilterSchema }, async ({ tx, session, query }) => {
  const { body } = await writeTasksXlsx(tx, { tenantId: session.tenant.tenantId, userId: session.userId }, query);
  return downloadResponse(body, { contentType: XLSX_CONTENT_TYPE, fileName: `${session.tenant.tenantName}-任务清单.xlsx`, fallbackName: "tasks.xlsx" });
});
