import { downloadResponse } from "@/lib/http/download";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A ledger workbook as a download. */
export function xlsxResponse(body: Buffer, fileName: string): Response {
  return downloadResponse(body, { contentType: XLSX_CONTENT_TYPE, fileName, fallbackName: "ledger.xlsx" });
}
