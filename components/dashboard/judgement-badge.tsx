import { type Judgement, JUDGEMENT_LABELS, JUDGEMENT_RAG } from "@/lib/vocabulary";

const STYLE: Record<"红" | "黄" | "绿", string> = {
  红: "bg-red-50 text-red-700 ring-red-200",
  黄: "bg-amber-50 text-amber-800 ring-amber-200",
  绿: "bg-green-50 text-green-700 ring-green-200",
};
const DOT: Record<"红" | "黄" | "绿", string> = { 红: "bg-red-500", 黄: "bg-amber-400", 绿: "bg-green-500" };

/** RAG badge: the colour for scanning, the word for reading (and for colour-blind readers). */
export function JudgementBadge({ judgement }: { judgement: Judgement }) {
  const rag = JUDGEMENT_RAG[judgement];
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-1 rounded px-1.5 py-0.5 text-xs whitespace-nowrap ring-1 ring-inset ${STYLE[rag]}`}
      data-testid="judgement"
      data-judgement={judgement}
    >
      <span className={`size-2 rounded-full ${DOT[rag]}`} aria-hidden />
      <span className="sr-only">{rag}灯，</span>
      {JUDGEMENT_LABELS[judgement]}
    </span>
  );
}
