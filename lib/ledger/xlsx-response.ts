// A workbook as a download. The file name is Chinese, so it goes in
// filename* (RFC 5987); the plain filename is an ASCII fallback for old clients.
export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function xlsxResponse(body: Buffer, fileName: string): Response {
  const safe = fileName.replace(/[\\/:*?"<>|\r\n]+/g, "_");
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="ledger.xlsx"; filename*=UTF-8''${encodeURIComponent(safe)}`,
      "Content-Length": String(body.byteLength),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
