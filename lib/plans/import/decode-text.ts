// A .txt plan's bytes as text. Bureaus save text from Notepad or WPS as
// UTF-8, GB18030 (“ANSI” on Chinese Windows) or “Unicode” (UTF-16 with a byte
// order mark); the mark decides, then strict UTF-8, then GB18030, which
// accepts any bytes, so a binary file is refused by its control bytes rather
// than read as a page of mojibake. The length is bounded like a .docx's
// (MAX_DOCUMENT_CHARS), so no parse is handed more than the worker is built for.
import { UserFacingError } from "@/lib/errors";
import { MAX_DOCUMENT_CHARS } from "@/lib/files/parse-jobs";
import { UNTRUSTED_FILE_MESSAGES } from "@/lib/files/messages";
import { PLAN_FILE_MESSAGES as M } from "./plan-file-messages";

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

// C0 controls other than tab, line feed, vertical tab (Word's manual line break), form feed
// (a page break) and carriage return: no text editor writes them.
const BINARY = /[\u0000-\u0008\u000e-\u001f]/;

export function decodeText(bytes: Uint8Array): string {
  const text = decode(bytes);
  if (BINARY.test(text.slice(0, 64 * 1024))) throw new UserFacingError(M.notText);
  if (text.length > MAX_DOCUMENT_CHARS) throw new UserFacingError(UNTRUSTED_FILE_MESSAGES.tooMuchText(MAX_DOCUMENT_CHARS));
  return text;
}
