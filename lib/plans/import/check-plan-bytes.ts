// The bytes of a plan file checked against its name before a reader opens it:
// a Word file renamed .xlsx, a password-protected or pre-2007 Office file, or
// a Word file renamed .txt is answered in words the user can act on, instead
// of a parser's failure or a page of mojibake.
import { UserFacingError } from "@/lib/errors";
import { isZip } from "@/lib/files/evidence-types";
import { officePackage } from "@/lib/files/office-package";
import type { DocumentFormat } from "@/lib/plans/parser/blocks";
import { PLAN_FILE_MESSAGES as M } from "./plan-file-messages";

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
/** OLE2 compound file: .doc, .xls, .wps, .et — and any Office file with an open password. */
const isOle = (bytes: Uint8Array) => startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const isPdf = (bytes: Uint8Array) => startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]);

export async function checkPlanBytes(format: DocumentFormat, bytes: Uint8Array): Promise<void> {
  if (format === "txt") {
    if (isZip(bytes) || isOle(bytes) || isPdf(bytes)) throw new UserFacingError(M.notText);
    return;
  }
  if (format !== "docx" && format !== "xlsx") return;
  if (isPdf(bytes)) throw new UserFacingError(M.mislabelled(format, "pdf"));
  if (isOle(bytes)) throw new UserFacingError(M.legacyOrEncrypted(format));
  if (!isZip(bytes)) throw new UserFacingError(M.notThisFormat(format));
  const kind = await officePackage(bytes);
  if (kind === null) throw new UserFacingError(M.unreadable(format));
  if (kind === "undetermined") return;
  if (kind === "docx" || kind === "xlsx") {
    if (kind !== format) throw new UserFacingError(M.mislabelled(format, kind));
    return;
  }
  throw new UserFacingError(M.notThisFormat(format));
}
