-- Row-level security predicates, evaluated once per statement instead of once
-- per row. Written as `tenant_id = NULLIF(current_setting(...))::uuid`, the
-- policy is a filter PostgreSQL re-evaluates for every row it reads wherever it
-- cannot become an index condition (always, for tables with the city policy
-- OR-ed in: current_setting, NULLIF and string_to_array per row). Wrapped in a
-- scalar subquery it becomes an InitPlan: computed once, then compared as a
-- constant. Same meaning; the dashboard headline's statement went from 14 to
-- 8 ms on a 6 444-slot district (bench/README.md). New tenant tables take their
-- policies in this form.

ALTER POLICY child_tenants_read ON "attachments"
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
ALTER POLICY child_tenants_read ON "audit_events"
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
ALTER POLICY child_tenants_read ON "inbox_messages"
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
ALTER POLICY child_tenants_read ON "indicator_actuals"
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
ALTER POLICY child_tenants_read ON "indicators"
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
ALTER POLICY child_tenants_read ON "measures"
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
ALTER POLICY child_tenants_read ON "memberships"
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
ALTER POLICY child_tenants_read ON "org_units"
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
ALTER POLICY child_tenants_read ON "people"
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
ALTER POLICY child_tenants_read ON "plans"
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
ALTER POLICY child_tenants_read ON "report_events"
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
ALTER POLICY child_tenants_read ON "report_slots"
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
ALTER POLICY child_tenants_read ON "reporting_periods"
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
ALTER POLICY child_tenants_read ON "reports"
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
ALTER POLICY child_tenants_read ON "sections"
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
ALTER POLICY child_tenants_read ON "task_leaders"
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
ALTER POLICY child_tenants_read ON "task_milestones"
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
ALTER POLICY child_tenants_read ON "task_status_events"
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
ALTER POLICY child_tenants_read ON "task_units"
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
ALTER POLICY child_tenants_read ON "tasks"
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
ALTER POLICY own_inbox ON "inbox_messages"
  USING (user_id = (SELECT NULLIF(current_setting('app.user_id', true), '')::uuid));
ALTER POLICY own_memberships ON "memberships"
  USING (user_id = (SELECT NULLIF(current_setting('app.user_id', true), '')::uuid));
ALTER POLICY tenant_isolation ON "attachments"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
ALTER POLICY tenant_isolation ON "audit_events"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
ALTER POLICY tenant_isolation ON "inbox_messages"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
ALTER POLICY tenant_isolation ON "indicator_actuals"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
ALTER POLICY tenant_isolation ON "indicators"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
ALTER POLICY tenant_isolation ON "measures"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
ALTER POLICY tenant_isolation ON "memberships"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
ALTER POLICY tenant_isolation ON "org_units"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
ALTER POLICY tenant_isolation ON "people"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
ALTER POLICY tenant_isolation ON "plans"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
ALTER POLICY tenant_isolation ON "report_events"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
ALTER POLICY tenant_isolation ON "report_slots"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
ALTER POLICY tenant_isolation ON "reporting_periods"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
ALTER POLICY tenant_isolation ON "reports"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
ALTER POLICY tenant_isolation ON "sections"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
ALTER POLICY tenant_isolation ON "task_leaders"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
ALTER POLICY tenant_isolation ON "task_milestones"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
ALTER POLICY tenant_isolation ON "task_status_events"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
ALTER POLICY tenant_isolation ON "task_units"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
ALTER POLICY tenant_isolation ON "tasks"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
