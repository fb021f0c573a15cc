"use server";
// The units register's actions (bureau admins: units:manage), each through
// tenantAction: session, permission, zod, one tenant transaction — a refused
// rename, merge or unreadable file writes nothing.
import { revalidatePath } from "next/cache";
import { tenantAction, type ActionResult } from "@/lib/auth/action";
import { UserFacingError } from "@/lib/errors";
import { isZip } from "@/lib/files/evidence-types";
import { addUnit } from "./add-unit";
import { importSchools, type SchoolImportSummary } from "./import-schools";
import { mergeUnits, type MergeSummary } from "./merge-units";
import { UNIT_MESSAGES as M } from "./messages";
import { renameUnit } from "./rename-unit";
import { addUnitSchema, importSchoolsSchema, mergeUnitsSchema, renameUnitSchema, setUnitKindSchema } from "./schemas";
import { setUnitKind } from "./set-unit-kind";

const setKind = tenantAction({ permission: "units:manage", schema: setUnitKindSchema }, ({ tx, session, input }) => setUnitKind(tx, session, input));
const rename = tenantAction({ permission: "units:manage", schema: renameUnitSchema }, ({ tx, session, input }) => renameUnit(tx, session, input));
const add = tenantAction({ permission: "units:manage", schema: addUnitSchema }, ({ tx, session, input }) => addUnit(tx, session, input));
const merge = tenantAction({ permission: "units:manage", schema: mergeUnitsSchema }, ({ tx, session, input }) => mergeUnits(tx, session, input));
const importFile = tenantAction({ permission: "units:manage", schema: importSchoolsSchema }, async ({ tx, session, input }) => {
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  // An .xlsx is a zip archive; anything else is refused before the parser sees it.
  if (!isZip(bytes)) throw new UserFacingError(M.notXlsx, { file: [M.notXlsx] });
  return importSchools(tx, session, { fileName: input.file.name.slice(0, 200), bytes });
});

function refresh() {
  revalidatePath("/units", "layout");
}

export async function setUnitKindAction(_prev: ActionResult<{ changed: boolean }> | null, input: FormData | Record<string, unknown>) {
  const result = await setKind(input);
  if (result.ok) refresh();
  return result.ok ? { ...result, message: M.kindSet } : result;
}

export async function renameUnitAction(_prev: ActionResult<{ changed: boolean }> | null, input: FormData | Record<string, unknown>) {
  const result = await rename(input);
  if (!result.ok) return result;
  refresh();
  return {
    ...result,
    message: M.renamed(
      String(input instanceof FormData ? input.get("name") : input.name)
        .normalize("NFKC")
        .replace(/\s+/g, ""),
    ),
  };
}

export async function addUnitAction(_prev: ActionResult<{ unitId: string }> | null, input: FormData | Record<string, unknown>) {
  const result = await add(input);
  if (!result.ok) return result;
  refresh();
  return {
    ...result,
    message: M.created(
      String(input instanceof FormData ? input.get("name") : input.name)
        .normalize("NFKC")
        .replace(/\s+/g, ""),
    ),
  };
}

export async function mergeUnitsAction(
  _prev: ActionResult<MergeSummary & { message?: string }> | null,
  input: FormData | Record<string, unknown>,
): Promise<ActionResult<MergeSummary>> {
  const result = await merge(input);
  if (!result.ok) return result;
  refresh();
  return { ...result, message: "合并完成" };
}

export async function importSchoolsAction(_prev: ActionResult<SchoolImportSummary> | null, input: FormData): Promise<ActionResult<SchoolImportSummary>> {
  const result = await importFile(input);
  if (!result.ok) return result;
  refresh();
  const { created, updated, refused } = result.data;
  return { ...result, message: M.schoolsImported(created, updated, refused) };
}
