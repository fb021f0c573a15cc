import { z } from "zod";
import { sessionReadRoute } from "@/lib/auth/route";
import { getPlanBulletin } from "@/lib/bulletin/get-plan-bulletin";
import { writeOfficialDocx } from "@/lib/bulletin/official-docx";
import { planBulletinDocument } from "@/lib/bulletin/plan-bulletin-text";
import { readTenant } from "@/lib/db/tenant-scope";
import { downloadResponse } from "@/lib/http/download";
import { todayInChina } from "@/lib/reports/periods";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * The plan's bulletin (通报) for a period as a Word file in official-document
 * layout; without `period`, the latest period that has opened. The numbers are
 * read in one read-only transaction; the file is built after it ends.
 */
export const GET = sessionReadRoute(
  { permission: "plans:read", params: z.object({ id: z.uuid() }), query: z.object({ period: z.uuid().optional() }) },
  async ({ session, params, query }) => {
    const bulletin = await readTenant(session, (tx) =>
      getPlanBulletin(tx, {
        tenantId: session.tenant.tenantId,
        issuer: session.tenant.tenantName,
        planId: params.id,
        periodId: query.period,
        today: todayInChina(),
      }),
    );
    const file = await writeOfficialDocx(planBulletinDocument(bulletin));
    return downloadResponse(file, { contentType: DOCX, fileName: `${bulletin.title}.docx`, fallbackName: "bulletin.docx" });
  },
);
