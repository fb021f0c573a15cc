import { createHash } from "node:crypto";

/** Same document, same hash: whitespace and line-ending differences do not make a new document. */
export function planSourceHash(text: string): string {
  const normalised = text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u3000]+/g, " ")
    .replace(/\n\s*\n+/g, "\n")
    .trim();
  return createHash("sha256").update(normalised).digest("hex");
}
