import type { PlanTextView } from "@/lib/plans/display/plan-text";

/** The document's non-task text and the parser's notes, folded away by default. */
export function PlanTextDetails({ text }: { text: PlanTextView }) {
  const hasText = Boolean(text.preamble) || text.blocks.length > 0;
  return (
    <div className="space-y-3">
      {hasText && (
        <details className="rounded-xl border border-slate-200 bg-white shadow-sm">
          <summary className="cursor-pointer px-4 py-3 text-sm font-medium">规划正文（非任务部分，{text.blocks.length + (text.preamble ? 1 : 0)} 段）</summary>
          <div className="space-y-4 border-t border-slate-100 px-4 py-3 text-sm leading-relaxed text-slate-700">
            {text.preamble && (
              <div>
                <h3 className="mb-1 font-semibold text-slate-900">前言</h3>
                <p className="whitespace-pre-wrap break-words">{text.preamble}</p>
              </div>
            )}
            {text.blocks.map((b, i) => (
              <div key={i}>
                <h3 className="mb-1 font-semibold text-slate-900">{b.title || "（无标题）"}</h3>
                <p className="whitespace-pre-wrap break-words">{b.text}</p>
              </div>
            ))}
          </div>
        </details>
      )}
      {text.warnings.length > 0 && (
        <details className="rounded-xl border border-amber-200 bg-amber-50" data-testid="plan-warnings">
          <summary className="cursor-pointer px-4 py-3 text-sm font-medium text-amber-900">导入时的解析提示（{text.warnings.length} 条）</summary>
          <ul className="space-y-1 border-t border-amber-200 px-4 py-3 text-sm text-amber-900">
            {text.warnings.map((w, i) => (
              <li key={i} className="break-words">
                第 {w.line} 行：{w.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
