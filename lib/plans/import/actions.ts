"use server";
// Plan import in two round trips: preview parses the uploaded file and writes
// nothing; confirm imports the (possibly corrected) plan in one tenant
// transaction. Both are bureau-admin only (plans:manage).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction, tenantAction } from "@/lib/auth/action";
import { recordAudit } from "@/lib/audit/record-audit";
import { importPlan } from "./import-plan";
import { issuerWarning } from "./issuer-check";
import { confirmPlanImportSchema } from "./parsed-plan-schema";
import { planFileFormat } from "./plan-file-format";
import type { PlanImportPreview, PlanImportResult } from "./preview-types";
import { MAX_PLAN_FILE_BYTES, readPlanFile } from "./read-document";
import { planSourceHash } from "./source-hash";

const previewSchema = z.object({
  file: z
    .instanceof(File, { error: "请选择要导入的文件" })
    .refine((f) => f.size > 0, { error: "文件为空，请重新选择" })
    .refine((f) => f.size <= MAX_PLAN_FILE_BYTES, { error: "文件过大：规划文件不能超过 5 MB" })
    .superRefine((f, ctx) => {
      const format = planFileFormat(f.name);
      if (!format.ok) ctx.addIssue({ code: "custom", message: format.message });
    }),
});

const preview = tenantAction({ permission: "plans:manage", schema: previewSchema }, async ({ input, tx, session }): Promise<PlanImportPreview> => {
  const { parsed, sourceText } = await readPlanFile(input.file.name, new Uint8Array(await input.file.arrayBuffer()));
  const existing = await tx.plan.findFirst({
    where: { tenantId: session.tenant.tenantId, sourceHash: planSourceHash(sourceText) },
    select: { id: true, title: true },
  });
  return {
    fileName: input.file.name,
    parsed,
    sourceText,
    alreadyImported: existing ? { planId: existing.id, title: existing.title } : null,
    issuerWarning: issuerWarning(parsed.issuer, session.tenant.tenantName),
  };
});

const confirm = tenantAction({ permission: "plans:manage", schema: confirmPlanImportSchema }, async ({ input, tx, session }): Promise<PlanImportResult> => {
  const result = await importPlan(tx, session.tenant.tenantId, input.plan, {
    sourceText: input.sourceText,
    replace: input.replace,
    actorUserId: session.userId,
  });
  await recordAudit(tx, session, {
    action: result.replaced ? "plan.reimport" : "plan.import",
    entityType: "plan",
    entityId: result.planId,
    after: { title: input.plan.title, sections: result.sections, tasks: result.tasks, indicators: result.indicators },
  });
  return { planId: result.planId, replaced: result.replaced, tasks: result.tasks };
});

export const previewPlanImportAction = formAction(preview);

export const confirmPlanImportAction = formAction(confirm, (result) => {
  revalidatePath("/plans");
  return result.replaced ? "已替换原有规划" : `已导入 ${result.tasks} 项任务`;
});
