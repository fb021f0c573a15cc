// What a backup archive holds, described by its first entry (manifest.json).
// The restore parses it with this schema before touching anything, and checks
// every entry it names against the size and SHA-256 recorded here.
import { z } from "zod";

export const MANIFEST_FILE = "manifest.json";
export const BACKUP_FORMAT = "eduplan-backup";
/** COPY of every table in schema public from one snapshot; the schema itself comes from the migrations. */
export const BACKUP_METHOD = "logical-copy";

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const entry = { bytes: z.number().int().nonnegative(), sha256 };
const uuid = "[0-9a-f-]{36}";

export const tableEntrySchema = z.object({
  name: z.string().regex(/^[a-z_][a-z0-9_]*$/),
  columns: z.array(z.string().regex(/^[a-z_][a-z0-9_]*$/)).min(1),
  rows: z.number().int().nonnegative(),
  file: z.string().regex(/^db\/\d{3}-[a-z0-9_]+\.copy$/),
  ...entry,
});

export const uploadEntrySchema = z.object({
  key: z.string().regex(new RegExp(`^${uuid}/${uuid}$`)),
  file: z.string().regex(new RegExp(`^uploads/${uuid}/${uuid}$`)),
  ...entry,
});

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  method: z.literal(BACKUP_METHOD),
  createdAt: z.iso.datetime(),
  app: z.object({ version: z.string() }),
  postgres: z.object({ version: z.string(), versionNum: z.number().int() }),
  /** Applied migrations of the source, in order: the schema the rows fit. */
  migrations: z.array(z.string()),
  /** In foreign-key order: a table comes after the tables it references. */
  tables: z.array(tableEntrySchema),
  sequences: z.array(z.object({ name: z.string().regex(/^[a-z_][a-z0-9_]*$/), lastValue: z.string().regex(/^-?\d+$/), isCalled: z.boolean() })),
  uploads: z.array(uploadEntrySchema),
  /** Attachment rows whose file was not in storage when the backup ran. */
  missingUploads: z.array(z.string()),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
export type TableEntry = z.infer<typeof tableEntrySchema>;
export type UploadEntry = z.infer<typeof uploadEntrySchema>;
