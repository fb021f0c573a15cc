/** Warnings shared by the text pipeline (index.ts) and the block placement (document.ts). */
import type { ParseWarning } from "./types";

export const EMPTY_INPUT_WARNING = "输入为空，未解析出任何内容";
export const NO_SECTIONS_WARNING = "未识别出任何章节或任务";

/** One warning per line and message, in document order. */
export function tidyWarnings(warnings: ParseWarning[]): ParseWarning[] {
  const seen = new Set<string>();
  return warnings
    .filter((w) => {
      const k = `${w.line}|${w.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.line - b.line);
}
