-- CreateTable
CREATE TABLE "file_chunks" (
    "tenant_id" UUID NOT NULL,
    "attachment_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "file_chunks_pkey" PRIMARY KEY ("tenant_id","attachment_id","seq")
);

-- AddForeignKey
ALTER TABLE "file_chunks" ADD CONSTRAINT "file_chunks_tenant_id_attachment_id_fkey" FOREIGN KEY ("tenant_id", "attachment_id") REFERENCES "attachments"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Evidence is JPEG, PNG, PDF, Office zips: compressed already. EXTERNAL keeps
-- each chunk out of line (TOAST) without a second, useless compression pass.
ALTER TABLE "file_chunks" ALTER COLUMN "data" SET STORAGE EXTERNAL;

-- At most 256 KiB a row (lib/files/database-storage.ts), never empty.
ALTER TABLE "file_chunks" ADD CONSTRAINT "file_chunks_size" CHECK (octet_length("data") BETWEEN 1 AND 262144 AND "seq" >= 0);

-- Row-level security, as 20261203165543_supervision (the settings read once per statement).
ALTER TABLE "file_chunks" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "file_chunks" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "file_chunks"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
CREATE POLICY child_tenants_read ON "file_chunks" FOR SELECT
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
