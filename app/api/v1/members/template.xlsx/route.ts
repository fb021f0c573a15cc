// GET /api/v1/members/template.xlsx: the blank accounts import template.
import { tenantReadRoute } from "@/lib/auth/route";
import { downloadResponse } from "@/lib/http/download";
import { XLSX_CONTENT_TYPE } from "@/lib/ledger/xlsx-response";
import { writeMembersTemplate } from "@/lib/members/import/write-workbook";

export const GET = tenantReadRoute({ permission: "members:read" }, async () =>
  downloadResponse(await writeMembersTemplate(), { contentType: XLSX_CONTENT_TYPE, fileName: "账号导入模板.xlsx", fallbackName: "members-template.xlsx" }),
);
