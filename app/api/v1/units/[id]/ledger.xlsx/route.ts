import { z } from "zod";
import { tenantReadRoute } from "@/lib/auth/route";
import { buildUnitLedger } from "@/lib/ledger/build-ledger";
import { writeLedgerXlsx } from "@/lib/ledger/write-xlsx";
import { xlsxResponse } from "@/lib/ledger/xlsx-response";
import { todayInChina } from "@/lib/reports/periods";

/** One unit's 工作台账 across all plans: every task that names the unit. */
export const GET = tenantReadRoute({ permission: "plans:read", params: z.object({ id: z.uuid() }) }, async ({ tx, session, params }) => {
  const ledger = await buildUnitLedger(tx, session, params.id);
  return xlsxResponse(await writeLedgerXlsx(ledger, todayInChina()), `${ledger.title}-工作台账.xlsx`);
});
