import { z } from "zod";
import { sessionReadRoute } from "@/lib/auth/route";
import { pagePdfResponse } from "@/lib/briefing/page-pdf-response";
import { readTenant } from "@/lib/db/tenant-scope";
import { downloadResponse } from "@/lib/http/download";
import { getSlipDocument } from "@/lib/supervision/slips/get-slip-document";
import { slipLink } from "@/lib/supervision/slips/issue-slip";
import { writeSlipDocx } from "@/lib/supervision/slips/write-slip-docx";

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
  return pagePdfResponse({
    request,
    path: slipLink(slip.id),
    pageName: "督办单页",
    logTag: "slip",
    fileName: `${fileName}.pdf`,
    fallbackName: "slip.pdf",
  });
});
