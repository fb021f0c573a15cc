import { NextResponse } from "next/server";
import { z } from "zod";
import { sessionReadRoute } from "@/lib/auth/route";
import { chromiumExecutable, renderPdf } from "@/lib/briefing/render-pdf";
import { readTenant } from "@/lib/db/tenant-scope";
import { downloadResponse } from "@/lib/http/download";
import { getPlanHeading } from "@/lib/plans/queries/get-plan-heading";

const noStore = { "Cache-Control": "no-store" };

/**
 * The plan's briefing (简报) as an A4 PDF, rendered from /plans/{id}/briefing
 * with the caller's own cookies. Session, permission and id are checked like
 * every /api/v1 route; the plan is looked up in a transaction of its own that
 * ends before Chromium starts, so no connection is held while it renders (the
 * page it renders opens its own).
 */
export const GET = sessionReadRoute({ permission: "plans:read", params: z.object({ id: z.uuid() }) }, async ({ session, params, request }) => {
  const plan = await readTenant(session, (tx) => getPlanHeading(tx, session.tenant.tenantId, params.id));
  const executablePath = chromiumExecutable();
  if (!executablePath) {
    return NextResponse.json(
      { error: "服务器未安装 Chromium，暂不能生成 PDF。请打开简报页，点击“打印”，在打印对话框中选择“另存为 PDF”。" },
      { status: 501, headers: noStore },
    );
  }
  // The server renders its own page: never an origin taken from the request's Host header.
  const origin = process.env.EDUPLAN_INTERNAL_ORIGIN ?? new URL(request.url).origin;
  let pdf: Buffer;
  try {
    pdf = await renderPdf({ executablePath, origin, path: `/plans/${plan.id}/briefing`, cookieHeader: request.headers.get("cookie") });
  } catch (err) {
    console.error("[briefing] PDF render failed", err);
    return NextResponse.json({ error: "生成 PDF 失败，请稍后重试，或在简报页点击“打印”另存为 PDF。" }, { status: 500, headers: noStore });
  }
  return downloadResponse(pdf, { contentType: "application/pdf", fileName: `${plan.title}-简报.pdf`, fallbackName: "briefing.pdf" });
});
