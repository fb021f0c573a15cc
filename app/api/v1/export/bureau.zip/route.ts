// A bureau admin's download of all of their bureau's data (plans, tasks,
// reports, actuals, audit log, evidence files) as one streamed zip.
import { sessionReadRoute } from "@/lib/auth/route";
import { exportBureauZip } from "@/lib/export/export-bureau";

// The handler opens its own (longer) read-only tenant transaction and ends it before streaming.
export const GET = sessionReadRoute({ permission: "tenant:export" }, ({ session }) => exportBureauZip(session));
