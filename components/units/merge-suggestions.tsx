// Likely duplicates (lib/units/suggest-duplicates.ts), each with its merge button;
// a merge opens the kept unit, whose 曾用名 now lists the merged name.
import Link from "@/components/ui/link";
import type { DuplicateSuggestion } from "@/lib/units/suggest-duplicates";
import { MergeButton } from "./merge-button";

export function MergeSuggestions({ suggestions }: { suggestions: DuplicateSuggestion[] }) {
  return (
    <ul className="divide-y divide-slate-100" data-testid="duplicate-suggestions">
      {suggestions.map((s) => (
        <li key={s.merge.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
          <p className="text-sm">
            <Link href={`/units/${s.merge.id}`} className="font-medium text-brand-700 hover:underline">
              {s.merge.name}
            </Link>
            <span className="mx-1 text-slate-500">与</span>
            <Link href={`/units/${s.keep.id}`} className="font-medium text-brand-700 hover:underline">
              {s.keep.name}
            </Link>
            <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-600">{s.variant ? "同一名称的不同写法" : "可能是同一单位"}</span>
          </p>
          <MergeButton sourceId={s.merge.id} targetId={s.keep.id} label={`合并到“${s.keep.name}”`} goToTarget />
        </li>
      ))}
    </ul>
  );
}
