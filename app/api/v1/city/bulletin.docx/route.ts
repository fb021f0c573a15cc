import { z } from "zod";
import { sessionReadRoute } from "@/lib/auth/route";
import { cityBulletinDocument } from "@/lib/bulletin/city-bulletin-text";
import { getCityBulletin } from "@/lib/bulletin/get-city-bulletin";
import { writeOfficialDocx } from "@/lib/bulletin/official-docx";
import { lastCompleteQuarter, parseQuarter } from "@/lib/bulletin/quarter";
import { downloadResponse } from "@/lib/http/download";
import { todayInChina } from "@/lib/reports/periods";
import { BULLETIN_MESSAGES } from "@/lib/vocabulary";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * A city's bulletin (通报) ranking its districts for a calendar quarter
 * (?quarter=2025Q3; default the last complete quarter), as a Word file. The
 * districts come from the city's child path (withChildTenants); a malformed
 * quarter is a 400 with the expected form.
 */
export const GET = sessionReadRoute(
  {
    permission: "children:read",
    query: z.object({
      quarter: z
        .string()
        .refine((q) => parseQuarter(q) !== null, BULLETIN_MESSAGES.badQuarter)
        .optional(),
    }),
  },
  async ({ session, query }) => {
    const today = todayInChina();
    const quarter = (query.quarter && parseQuarter(query.quarter)) || lastCompleteQuarter(today);
    const bulletin = await getCityBulletin(session, quarter, today);
    const file = await writeOfficialDocx(cityBulletinDocument(bulletin));
    return downloadResponse(file, { contentType: DOCX, fileName: `${bulletin.title}.docx`, fallbackName: `bulletin-${quarter.year}Q${quarter.quarter}.docx` });
  },
);
