import { NextResponse } from "next/server";
import { z } from "zod";
import { sessionReadRoute } from "@/lib/auth/route";
import { chromiumExecutable, renderPdf } from "@/lib/briefing/render-pdf";
import { choosePeriod } from "@/lib/bulletin/bulletin-period";
import { readTenant } from "@/lib/db/tenant-scope";
import { downloadResponse } from "@/lib/http/download";
import { todayInChina } from "@/lib/reports/periods";
import { planBulletinTitle } from "@/lib/vocabulary";

const noStore = { "Cache-Control": "no-store" };

/**
 * The plan's bulletin (通报) as an A4 PDF: /plans/{id}/bulletin?period=…
 * printed by the briefing's renderer with the caller's own cookies. The plan
 * and period are resolved first (404 / 409 before Chromium starts, in a
 * transaction that ends before it does); the page is asked for that period by
 * id, so the file reports on the period the caller was told about.
 */
export const GET = sessionReadRoute(
  { permission: "plans:read", params: z.object({ id: z.uuid() }), query: z.object({ period: z.uuid().optional() }) },
  async ({ session, params, query, request }) => {
    const { plan, period } = await readTenant(session, (tx) => choosePeriod(tx, session.tenant.tenantId, params.id, query.period, todayInChina()));
    const executablePath = chromiumExecutable();
    if (!executablePath) {
      return NextResponse.json(
        { error: "服务器未安装 Chromium，暂不能生成 PDF。请打开通报页，点击“打印”，在打印对话框中选择“另存为 PDF”，或下载 Word 版。" },
        { status: 501, headers: noStore },
      );
    }
    // The server renders its own page: never an origin taken from the request's Host header.
    const origin = process.env.EDUPLAN_INTERNAL_ORIGIN ?? new URL(request.url).origin;
    let pdf: Buffer;
    try {
      pdf = await renderPdf({ executablePath, origin, path: `/plans/${plan.id}/bulletin?period=${period.id}`, cookieHeader: request.headers.get("cookie") });
    } catch (err) {
      console.error("[bulletin] PDF render failed", err);
      return NextResponse.json({ error: "生成 PDF 失败，请稍后重试，或在通报页点击“打印”另存为 PDF。" }, { status: 500, headers: noStore });
    }
    return downloadResponse(pdf, {
      contentType: "application/pdf",
      fileName: `${planBulletinTitle(period.label, plan.title)}.pdf`,
      fallbackName: "bulletin.pdf",
    });
  },
);
