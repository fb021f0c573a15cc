import { tenantReadRoute } from "@/lib/auth/route";
import { searchForApi } from "@/lib/search/search-api";
import { searchQuerySchema } from "@/lib/search/schemas";

// Plans, tasks, units, people and report texts of the caller's tenant by substring (decision 0032).
export const GET = tenantReadRoute({ permission: "tenant:read", query: searchQuerySchema }, ({ tx, session, query }) => searchForApi(tx, session, query.q));
