// Lets the standard Prisma CLI (`prisma migrate deploy`, where its schema
// engine binary is available) work on the same schema and migrations as our
// offline tooling in lib/db/migrations.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/eduplan" },
});
