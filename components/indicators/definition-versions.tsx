// A definition's version history, newest first; the current one is marked.
import type { CatalogueDefinition } from "@/lib/indicators/list-catalogue";

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function DefinitionVersions({ definition }: { definition: CatalogueDefinition }) {
  const older = definition.versions.filter((v) => v.version !== definition.currentVersion);
  if (older.length === 0) return <p className="text-xs text-slate-500">仅有第 1 版</p>;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-xs text-brand-700">历史版本（{older.length}）</summary>
      <ol className="mt-2 space-y-2 border-l-2 border-slate-200 pl-3">
        {older.map((v) => (
          <li key={v.id}>
            <p className="text-xs text-slate-500">
              第 {v.version} 版 · {day(v.effectiveFrom)} 起 · 单位 {v.unit || "—"}
            </p>
            <p className="whitespace-pre-wrap text-slate-700">{v.definition}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** The text of the version currently in force (the highest one). */
export function currentVersionOf(definition: CatalogueDefinition) {
  return definition.versions.find((v) => v.version === definition.currentVersion) ?? definition.versions[0] ?? null;
}
