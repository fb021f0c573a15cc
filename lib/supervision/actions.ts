"use server";
// 督办 server actions (交办, 签收, 延期申请, 办结销号 and their decisions):
// each one declaration through tenantAction (session, permission, zod, one
// tenant transaction). Reporters act only for their own unit (acting-unit.ts).
import { revalidatePath } from "next/cache";
import { formAction, tenantAction } from "@/lib/auth/action";
import { SUPERVISION_REQUEST_STATE_LABELS } from "@/lib/vocabulary";
import { acknowledgeAssignment } from "./acknowledge-assignment";
import { assignPlanTasks, assignTask } from "./assign-tasks";
import { decideRequest } from "./decide-request";
import { SUPERVISION_MESSAGES as M } from "./messages";
import { requestClosing } from "./request-closing";
import { requestExtension } from "./request-extension";
import { acknowledgeSchema, assignPlanSchema, assignTaskSchema, decideRequestSchema, requestClosingSchema, requestExtensionSchema } from "./schemas";

const refreshed =
  <T>(message: (data: T) => string) =>
  (data: T) => {
    revalidatePath("/", "layout");
    return message(data);
  };

export const assignTaskAction = formAction(
  tenantAction({ permission: "supervision:manage", schema: assignTaskSchema }, ({ tx, session, input }) => assignTask(tx, session, input)),
  refreshed((d) => M.assigned(d.assigned, d.units)),
);

export const assignPlanTasksAction = formAction(
  tenantAction({ permission: "supervision:manage", schema: assignPlanSchema }, ({ tx, session, input }) => assignPlanTasks(tx, session, input)),
  refreshed((d) => M.assigned(d.assigned, d.units)),
);

export const acknowledgeAssignmentAction = formAction(
  tenantAction({ permission: "supervision:respond", schema: acknowledgeSchema }, ({ tx, session, input }) => acknowledgeAssignment(tx, session, input)),
  refreshed(() => M.acknowledged),
);

export const requestExtensionAction = formAction(
  tenantAction({ permission: "supervision:respond", schema: requestExtensionSchema }, ({ tx, session, input }) => requestExtension(tx, session, input)),
  refreshed(() => M.extensionRequested),
);

// The evidence files are stored before the transaction commits: if it then
// fails (a concurrent request, a lost connection), the stored files go too,
// the way a report's evidence is removed when its row is not written.
export const requestClosingAction = formAction(
  tenantAction({ permission: "supervision:respond", schema: requestClosingSchema }, ({ tx, session, input }) => requestClosing(tx, session, input)),
  refreshed(() => M.closingRequested),
);

export const decideRequestAction = formAction(
  tenantAction({ permission: "supervision:manage", schema: decideRequestSchema }, ({ tx, session, input }) => decideRequest(tx, session, input)),
  refreshed((d) => `${SUPERVISION_REQUEST_STATE_LABELS[d.kind][d.decision]}`),
);
