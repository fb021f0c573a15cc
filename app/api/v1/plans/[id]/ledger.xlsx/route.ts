import { z } from "zod";
import { tenantReadRoute } from "@/lib/auth/route";
import { buildPlanLedger } from "@/lib/ledger/build-ledger";
import { writeLedgerXlsx } from "@/lib/ledger/write-xlsx";
import { xlsxResponse } from "@/lib/ledger/xlsx-response";
import { todayInChina } from "@/lib/reports/periods";

// An empty form field (?leaderId=) means "no filter", as on the plan page.
const blankAsUndefined = (v: unknown) => (v === "" ? undefined : v);
const optionalId = z.preprocess(blankAsUndefined, z.uuid().optional());

const query = z.object({
  leaderId: optionalId,
  unitId: optionalId,
  sectionId: optionalId,
  q: z.preprocess(blankAsUndefined, z.string().trim().max(100).optional()),
});

/** The plan's 工作台账 as .xlsx, filtered like the plan page. */
export const GET = tenantReadRoute({ permission: "plans:read", params: z.object({ id: z.uuid() }), query }, async ({ tx, session, params, query }) => {
  const ledger = await buildPlanLedger(tx, session, params.id, query);
  return xlsxResponse(await writeLedgerXlsx(ledger, todayInChina()), `${ledger.title}-工作台账.xlsx`);
});
