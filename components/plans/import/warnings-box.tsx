import type { ParseWarning } from "@/lib/plans/parser/types";

/** The parser's notes with their source line, for the admin to check before importing. */
export function WarningsBox({ warnings, title = "解析提示，请核对" }: { warnings: ParseWarning[]; title?: string }) {
  if (warnings.length === 0) return null;
  return (
    <div role="note" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="import-warnings">
      <p className="font-medium">
        {title}（{warnings.length} 条）
      </p>
      <ul className="mt-2 max-h-64 space-y-1 overflow-y-auto">
        {warnings.map((w, i) => (
          <li key={`${w.line}-${i}`} className="break-words">
            第 {w.line} 行：{w.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
