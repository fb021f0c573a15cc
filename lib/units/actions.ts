"use server";
// The units register's actions (bureau admins: units:manage), each one
// declaration through tenantAction: session, permission, zod, one tenant
// transaction — a refused rename, merge or unreadable file writes nothing.
import { revalidatePath } from "next/cache";
import { formAction, tenantAction } from "@/lib/auth/action";
import { refuseUnlessXlsx } from "@/lib/files/refuse-unless-xlsx";
import { addUnit } from "./add-unit";
import { importSchools } from "./import-schools";
import { mergeUnits } from "./merge-units";
import { UNIT_MESSAGES as M } from "./messages";
import { renameUnit } from "./rename-unit";
import { addUnitSchema, importSchoolsSchema, mergeUnitsSchema, renameUnitSchema, setUnitKindSchema } from "./schemas";
import { setUnitKind } from "./set-unit-kind";

const manage = { permission: "units:manage" } as const;

/** Revalidates the units pages and returns the message to show. */
const refreshed =
  <T>(message: (data: T, input: unknown) => string) =>
  (data: T, input: unknown) => {
    revalidatePath("/units", "layout");
    return message(data, input);
  };

/** The unit name as stored (spaces dropped, full-width folded), for the message. */
const typedName = (input: unknown) =>
  String(input instanceof FormData ? input.get("name") : (input as { name?: unknown }).name)
    .normalize("NFKC")
    .replace(/\s+/g, "");

export const setUnitKindAction = formAction(
  tenantAction({ ...manage, schema: setUnitKindSchema }, ({ tx, session, input }) => setUnitKind(tx, session, input)),
  refreshed(() => M.kindSet),
);

export const renameUnitAction = formAction(
  tenantAction({ ...manage, schema: renameUnitSchema }, ({ tx, session, input }) => renameUnit(tx, session, input)),
  refreshed((_data, input) => M.renamed(typedName(input))),
);

export const addUnitAction = formAction(
  tenantAction({ ...manage, schema: addUnitSchema }, ({ tx, session, input }) => addUnit(tx, session, input)),
  refreshed((_data, input) => M.created(typedName(input))),
);

export const mergeUnitsAction = formAction(
  tenantAction({ ...manage, schema: mergeUnitsSchema }, ({ tx, session, input }) => mergeUnits(tx, session, input)),
  refreshed(() => "合并完成"),
);

export const importSchoolsAction = formAction(
  tenantAction({ ...manage, schema: importSchoolsSchema }, async ({ tx, session, input }) => {
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    refuseUnlessXlsx(bytes, M.notXlsx, "file");
    return importSchools(tx, session, { fileName: input.file.name.slice(0, 200), bytes });
  }),
  refreshed(({ created, updated, refused }) => M.schoolsImported(created, updated, refused)),
);
