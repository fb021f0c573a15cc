// Which migrations a restore applies before loading the rows (exactly the
// backup's: the rows fit that schema) and which after (this version's newer
// ones, as an upgrade would). A backup from a newer EduPlan is refused.
import { UserFacingError } from "@/lib/errors";
import { BACKUP_MESSAGES } from "./messages";

export function planMigrations(archived: readonly string[], known: readonly string[]): { before: string[]; after: string[] } {
  const unknown = archived.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new UserFacingError(BACKUP_MESSAGES.newerMigrations(unknown));
  if (archived.some((name, i) => known[i] !== name)) throw new UserFacingError(BACKUP_MESSAGES.divergedMigrations);
  return { before: [...archived], after: known.slice(archived.length) };
}
