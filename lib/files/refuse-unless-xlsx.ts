// An .xlsx is a zip archive: anything else is refused, with the import's own
// Chinese message, before a parser sees it.
import { UserFacingError } from "@/lib/errors";
import { isZip } from "./evidence-types";

export function refuseUnlessXlsx(bytes: Uint8Array, message: string, field?: string): void {
  if (!isZip(bytes)) throw new UserFacingError(message, field ? { [field]: [message] } : undefined);
}
