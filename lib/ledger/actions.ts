"use server";
// The ledger import, through tenantAction (session, actuals:import, zod, one
// tenant transaction): either every accepted row and the audit event are
// written, or — for an unreadable file — nothing.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction, tenantAction } from "@/lib/auth/action";
import { refuseUnlessXlsx } from "@/lib/files/refuse-unless-xlsx";
import { importLedgerActuals, MAX_LEDGER_BYTES } from "./import-actuals";

const NOT_XLSX = "文件不是 Excel 工作簿（.xlsx）：请上传从本系统导出并填写的工作台账";

const importSchema = z.object({
  planId: z.uuid({ error: "规划不存在" }),
  file: z
    .instanceof(File, { error: "请选择要导入的 .xlsx 文件" })
    .refine((f) => f.size > 0, { error: "请选择要导入的 .xlsx 文件（文件为空）" })
    .refine((f) => f.size <= MAX_LEDGER_BYTES, { error: `文件过大：不能超过 ${MAX_LEDGER_BYTES / 1024 / 1024} MB` }),
});

export const importLedgerActualsAction = formAction(
  tenantAction({ permission: "actuals:import", schema: importSchema }, async ({ tx, session, input }) => {
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    refuseUnlessXlsx(bytes, NOT_XLSX, "file");
    return importLedgerActuals(tx, session, { planId: input.planId, fileName: input.file.name.slice(0, 200), bytes });
  }),
  ({ accepted, refused }, form) => {
    // Only reached after the schema accepted the form, so planId is a uuid.
    revalidatePath(`/plans/${String((form as FormData).get("planId"))}`, "layout");
    const message = accepted > 0 ? `已导入 ${accepted} 条实际值` : "没有导入任何实际值";
    return refused > 0 ? `${message}；${refused} 行未导入，请查看下表中的原因` : message;
  },
);
