// Types of docx-reader.mjs (plain JavaScript so the isolated worker can load it), for tests.
import type { DocxBlock } from "./parse-jobs";

export function readDocxBlocks(bytes: Uint8Array, limits: { maxChars: number }): Promise<DocxBlock[]>;
export function formatNumber(n: number, format: string): string;
