// POST /api/v1/reports/{slotId}/submit: a report submission as JSON, for
// other systems (and the benchmarks) that cannot call a server action. The
// same path as submitReportAction: session → permission "reports:submit" →
// submitReportSchema → one tenant-scoped transaction → submitReport. A
// unit reporter reaches only their own unit's slots (loadSlotForActor); the
// same submitKey again is the same submission (200, duplicate: true).
//
// Body: { summary, progress, problems?, nextSteps?, actuals?, version, submitKey }.
// Answers: 200 { reportId, version, status, duplicate }; 400 invalid body
// (fieldErrors); 401 no session; 403 role; 404 missing or another unit's or
// tenant's slot; 409 stale version (with the other person's `current`); 422
// refused by the domain (already submitted or approved, actuals not of this task).
//
// No revalidatePath as the action does: nothing is cached on the server (every
// page reads the session cookie), so it only concerns a browser's router cache.
import { NextResponse } from "next/server";
import { ACTION_MESSAGES, fieldErrorsOf } from "@/lib/auth/action";
import { can } from "@/lib/auth/permissions";
import { getAuthSession, hasTenant } from "@/lib/auth/session";
import { withTenant } from "@/lib/db/tenant-scope";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";
import { submitReportSchema } from "@/lib/reports/schemas";
import { submitReport } from "@/lib/reports/write-report";
import "@/lib/validation/zod-locale";

const NO_STORE = { "Cache-Control": "no-store" };
const json = (status: number, body: unknown) => NextResponse.json(body, { status, headers: NO_STORE });

export async function POST(request: Request, context: { params: Promise<{ slotId: string }> }): Promise<Response> {
  const session = await getAuthSession();
  if (!session) return json(401, { error: ACTION_MESSAGES.signedOut });
  if (!hasTenant(session) || !can(session.role, "reports:submit")) return json(403, { error: ACTION_MESSAGES.forbidden });
  // Only JSON: a cross-site page cannot send it without a CORS preflight (server
  // actions get the equivalent from Next's Origin check; the session cookie is SameSite=Lax too).
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) return json(415, { error: "请以 application/json 提交" });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json(400, { error: "请求体不是有效的 JSON" });
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return json(400, { error: "请求体应为 JSON 对象" });
  const { slotId } = await context.params;
  // The slot is the URL's; a slotId in the body is ignored.
  const parsed = submitReportSchema.safeParse({ ...body, slotId });
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    // A malformed slot id is a missing slot, like everywhere else.
    if (fieldErrors.slotId) return json(404, { error: "未找到" });
    return json(400, { error: ACTION_MESSAGES.invalid, fieldErrors });
  }
  try {
    const result = await withTenant(session, (tx) => submitReport(tx, session, parsed.data));
    return json(200, result);
  } catch (err) {
    if (err instanceof NotFoundError) return json(404, { error: "未找到" });
    if (err instanceof ConflictError) return json(409, { error: err.message, current: err.current });
    if (err instanceof UserFacingError) return json(422, { error: err.message, fieldErrors: err.fieldErrors });
    console.error("[api] report submission failed", err);
    return json(500, { error: "服务器内部错误，请稍后重试" });
  }
}
