-- Search (lib/search, decision 0032): trigram indexes with the tenant first.
-- pg_trgm and btree_gin are trusted extensions (PostgreSQL 13+), so the
-- migrating owner may create them; the app role only uses their operators.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- CreateIndex
CREATE INDEX "org_units_search_idx" ON "org_units" USING GIN ("tenant_id" uuid_ops, "name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "people_search_idx" ON "people" USING GIN ("tenant_id" uuid_ops, "name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "plans_search_idx" ON "plans" USING GIN ("tenant_id" uuid_ops, "title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "reports_search_idx" ON "reports" USING GIN ("tenant_id" uuid_ops, "summary" gin_trgm_ops, "problems" gin_trgm_ops, "next_steps" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "tasks_search_idx" ON "tasks" USING GIN ("tenant_id" uuid_ops, "title" gin_trgm_ops);
