// The one body of every "this page as PDF" route (简报, 通报, 督办单): find
// Chromium, print the app's own page with the caller's cookies (renderPdf),
// and answer the file, or a Chinese message that points to the page's own
// 打印 button when the server cannot render (501) or the render failed (500).
// Callers load and check their record first, in a transaction that has ended.
import "server-only";
import { NextResponse } from "next/server";
import { downloadResponse } from "@/lib/http/download";
import { chromiumExecutable, renderPdf } from "./render-pdf";

const noStore = { "Cache-Control": "no-store" };

export interface PagePdfOptions {
  request: Request;
  /** The app's page to print, path and query. */
  path: string;
  /** The page as the user knows it, e.g. "简报页". */
  pageName: string;
  /** Another way to the document, said when Chromium is missing, e.g. "，或下载 Word 版". */
  otherWay?: string;
  /** Tags the server log line of a failed render. */
  logTag: string;
  fileName: string;
  fallbackName: string;
}

export async function pagePdfResponse(options: PagePdfOptions): Promise<Response> {
  const { request, path, pageName, otherWay = "", logTag, fileName, fallbackName } = options;
  const executablePath = chromiumExecutable();
  if (!executablePath) {
    return NextResponse.json(
      { error: `服务器未安装 Chromium，暂不能生成 PDF。请打开${pageName}，点击“打印”，在打印对话框中选择“另存为 PDF”${otherWay}。` },
      { status: 501, headers: noStore },
    );
  }
  // The server renders its own page: never an origin taken from the request's Host header.
  const origin = process.env.EDUPLAN_INTERNAL_ORIGIN ?? new URL(request.url).origin;
  let pdf: Buffer;
  try {
    pdf = await renderPdf({ executablePath, origin, path, cookieHeader: request.headers.get("cookie") });
  } catch (err) {
    console.error(`[${logTag}] PDF render failed`, err);
    return NextResponse.json({ error: `生成 PDF 失败，请稍后重试，或在${pageName}点击“打印”另存为 PDF。` }, { status: 500, headers: noStore });
  }
  return downloadResponse(pdf, { contentType: "application/pdf", fileName, fallbackName });
}
