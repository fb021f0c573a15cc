// An evidence upload as it is stored: its type judged by its bytes
// (evidence-types.ts), and an iPhone's HEIC photo turned into a JPEG, which
// every browser shows, with the name saying so (IMG_0001.HEIC → IMG_0001.jpg).
// The original HEIC is not kept: one object per attachment keeps removal,
// backup and restore as they are (decision 0031).
import "server-only";
import { UserFacingError } from "@/lib/errors";
import { classifyEvidence } from "./evidence-types";
import { parseIsolated } from "./isolated";
import { HEIC_MESSAGES } from "./messages";

export interface PreparedEvidence {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

export async function prepareEvidence(fileName: string, bytes: Uint8Array): Promise<{ ok: true; file: PreparedEvidence } | { ok: false; message: string }> {
  const verdict = classifyEvidence(fileName, bytes);
  if (!verdict.ok) return verdict;
  if (verdict.type.contentType !== "image/heic") return { ok: true, file: { fileName, contentType: verdict.type.contentType, bytes } };
  try {
    // The worker bounds the decoder's time and heap; the pixel count is checked before decoding.
    const { jpeg } = await parseIsolated("heic-jpeg", bytes, { unreadable: HEIC_MESSAGES.unreadable, tooComplex: HEIC_MESSAGES.tooComplex });
    return { ok: true, file: { fileName: fileName.replace(/\.(heic|heif)$/i, ".jpg"), contentType: "image/jpeg", bytes: jpeg } };
  } catch (err) {
    if (err instanceof UserFacingError) return { ok: false, message: err.message };
    throw err;
  }
}
