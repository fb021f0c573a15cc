// Inputs of the units register's actions, with the admin's Chinese messages.
import { z } from "zod";
import { ORG_UNIT_KINDS } from "@/lib/vocabulary";
import { UNIT_MESSAGES as M } from "./messages";
import { MAX_SCHOOL_FILE_BYTES } from "./limits";

const unitId = z.uuid({ error: M.notFound });
/** Spaces inside a name are padding in these documents (党 工 委): they are kept out of stored names. */
const unitName = z
  .string({ error: M.nameRequired })
  .transform((s) => s.normalize("NFKC").replace(/\s+/g, ""))
  .pipe(z.string().min(1, { error: M.nameRequired }).max(100, { error: M.nameTooLong }));
const kind = z.enum(ORG_UNIT_KINDS, { error: M.kindRequired });

export const setUnitKindSchema = z.object({ unitId, kind });
export const renameUnitSchema = z.object({ unitId, name: unitName });
export const addUnitSchema = z.object({ name: unitName, kind });
export const mergeUnitsSchema = z.object({ sourceId: z.uuid({ error: M.unitRequired }), targetId: z.uuid({ error: M.mergeTargetRequired }) });

export const importSchoolsSchema = z.object({
  file: z
    .instanceof(File, { error: M.fileRequired })
    .refine((f) => f.size > 0, { error: M.fileRequired })
    .refine((f) => f.size <= MAX_SCHOOL_FILE_BYTES, { error: M.fileTooLarge(MAX_SCHOOL_FILE_BYTES / 1024 / 1024) }),
});
