-- The reports waiting for review, as an index of their own (decision 0055).
-- Under row-level security PostgreSQL may use a condition inside an index
-- scan only when its operator is LEAKPROOF, and enum equality is not: the
-- composite (tenant_id, status, submitted_at) index is read by tenant_id
-- alone, and status = 'submitted' filters every report of the bureau (8 000
-- at the benchmark's scale, 2 ms for the 审核 badge on every staff page). A
-- partial index's predicate is proven from the query, never evaluated on
-- hidden rows, so RLS does not stand in its way: the badge reads only the
-- waiting reports (0.2 ms), and the review queue gets them in its order.
CREATE INDEX "reports_to_review_idx" ON "reports" ("tenant_id", "submitted_at", "id") WHERE "status" = 'submitted';
