import { NextResponse } from "next/server";
import { z } from "zod";
import { sessionReadRoute } from "@/lib/auth/route";
import { chromiumExecutable, renderPdf } from "@/lib/briefing/render-pdf";
import { readTenant } from "@/lib/db/tenant-scope";
import { downloadResponse } from "@/lib/http/download";
import { getSlipDocument } from "@/lib/supervision/slips/get-slip-document";
import { slipLink } from "@/lib/supervision/slips/issue-slip";
import { writeSlipDocx } from "@/lib/supervision/slips/write-slip-docx";

const noStore = { "Cache-Control": "no-store" };
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** `<uuid>.docx` or `<uuid>.pdf`; anything else is a 404 like a missing slip. */
const params = z.object({
  file: z
    .string()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(docx|pdf)$/i)
    .transform((file) => ({ id: file.slice(0, 36).toLowerCase(), format: file.slice(37).toLowerCase() as "docx" | "pdf" })),
});

/**
 * A 督办单 as .docx (written by the docx library) or as an A4 PDF (its page
 * /supervision/slips/{id} printed by Chromium with the caller's own cookies,
 * as the briefing is). The slip is loaded, for both, in a transaction of its
 * own that ends before Chromium starts; a unit reporter gets only its own
 * unit's slips, anything else is a 404.
 */
export const GET = sessionReadRoute({ permission: "slips:read", params }, async ({ session, params: { file }, request }) => {
  const slip = await readTenant(session, (tx) => getSlipDocument(tx, session, file.id));
  const fileName = `督办单${slip.numberText}-${slip.unit.name}`;
  if (file.format === "docx") {
    return downloadResponse(await writeSlipDocx(slip), { contentType: DOCX, fileName: `${fileName}.docx`, fallbackName: "slip.docx" });
  }
  const executablePath = chromiumExecutable();
  if (!executablePath) {
    return NextResponse.json({ error: "服务器未安装 Chromium，暂不能生成 PDF。请打开督办单页，点击“打印”，另存为 PDF。" }, { status: 501, headers: noStore });
  }
  // The server renders its own page: never an origin taken from the request's Host header.
  const origin = process.env.EDUPLAN_INTERNAL_ORIGIN ?? new URL(request.url).origin;
  let pdf: Buffer;
  try {
    pdf = await renderPdf({ executablePath, origin, path: slipLink(slip.id), cookieHeader: request.headers.get("cookie") });
  } catch (err) {
    console.error("[slip] PDF render failed", err);
    return NextResponse.json({ error: "生成 PDF 失败，请稍后重试，或在督办单页点击“打印”另存为 PDF。" }, { status: 500, headers: noStore });
  }
  return downloadResponse(pdf, { contentType: "application/pdf", fileName: `${fileName}.pdf`, fallbackName: "slip.pdf" });
});
