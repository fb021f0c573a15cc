import { NextResponse } from "next/server";
import { z } from "zod";
import { tenantReadRoute } from "@/lib/auth/route";
import { chromiumExecutable, renderPdf } from "@/lib/briefing/render-pdf";
import { NotFoundError } from "@/lib/errors";

const noStore = { "Cache-Control": "no-store" };

// Session, permission, id and tenant are checked by tenantReadRoute (401 / 403 /
// 404 like every /api/v1 route). It answers the plan's title; the render runs
// after its transaction has ended, so no database connection is held while
// Chromium works (the page it renders opens its own).
const lookup = tenantReadRoute({ permission: "plans:read", params: z.object({ id: z.uuid() }) }, async ({ tx, session, params }) => {
  const plan = await tx.plan.findFirst({ where: { id: params.id, tenantId: session.tenant.tenantId }, select: { id: true, title: true } });
  if (!plan) throw new NotFoundError();
  return plan;
});

/** The plan's briefing (简报) as an A4 PDF, rendered from /plans/{id}/briefing with the caller's own cookies. */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const found = await lookup(request, context);
  if (!found.ok) return found;
  const plan = (await found.json()) as { id: string; title: string };
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
  const fileName = `${plan.title}-简报.pdf`.replace(/[\\/:*?"<>|\r\n]+/g, "_");
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="briefing.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Content-Length": String(pdf.byteLength),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
