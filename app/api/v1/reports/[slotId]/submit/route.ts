// POST /api/v1/reports/{slotId}/submit: a report submission as JSON, for
// other systems (and the benchmarks) that cannot call a server action. The
// same path as submitReportAction: session → permission "reports:submit" →
// submitReportSchema → one tenant-scoped transaction → submitReport. A
// unit reporter reaches only their own unit's slots (loadSlotForActor); the
// same submitKey again is the same submission (200, duplicate: true).
//
// Body: { summary, progress, problems?, nextSteps?, actuals?, version, submitKey };
// actuals: [{ indicatorId, value, confirmed? }]. A value far outside what its
// indicator allows (decision 0027: over 100%, more than 3× the target…) is
// refused (422, the reasons in `error` and `fieldErrors["actuals.N.value"]`)
// unless that actual carries confirmed: true; then it is stored with the
// reason for the reviewer.
// Answers (the one error map, lib/auth/failure.ts): 200 { reportId, version,
// status, duplicate }; 400 invalid body (fieldErrors); 401 no session; 403
// role; 404 missing or another unit's or tenant's slot; 409 stale version
// (with the other person's `current`); 415 not JSON; 422 refused by the
// domain (already submitted or approved, actuals not of this task, an
// implausible actual not confirmed).
//
// No revalidatePath as the action does: nothing is cached on the server (every
// page reads the session cookie), so it only concerns a browser's router cache.
import { z } from "zod";
import { tenantWriteRoute } from "@/lib/auth/route";
import { ReportVersionConflict } from "@/lib/reports/report-conflict";
import { submitReportSchema } from "@/lib/reports/schemas";
import { submitReport } from "@/lib/reports/write-report";

export const POST = tenantWriteRoute(
  { permission: "reports:submit", params: z.object({ slotId: z.uuid() }), body: submitReportSchema, conflict: ReportVersionConflict },
  ({ tx, session, input }) => submitReport(tx, session, input),
);
