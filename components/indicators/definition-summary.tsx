import type { CatalogueDefinition } from "@/lib/indicators/list-catalogue";
import { DIRECTION_LABELS } from "@/lib/vocabulary";
import { currentVersionOf } from "./definition-versions";

/**
 * A catalogue definition's name, version, unit, direction, synonyms and current
 * text; its code (preschool-inclusive-coverage) only for the platform's
 * editors, who key definitions by it. Bureau users read names.
 */
export function DefinitionSummary({ definition: d, showCode = false }: { definition: CatalogueDefinition; showCode?: boolean }) {
  const current = currentVersionOf(d);
  const synonyms = d.synonyms.filter((s) => s !== d.name);
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="font-medium">{d.name}</h2>
        <span className="text-xs text-slate-500">
          {[
            showCode ? d.code : null,
            `第 ${d.currentVersion} 版`,
            d.unit || "无单位",
            DIRECTION_LABELS[d.direction as keyof typeof DIRECTION_LABELS] ?? d.direction,
          ]
            .filter(Boolean)
            .join(" · ")}
        </span>
      </div>
      {synonyms.length > 0 && <p className="mt-1 text-xs text-slate-500">又称：{synonyms.join("、")}</p>}
      {current && (
        <p className="mt-2 text-sm whitespace-pre-wrap text-slate-700">
          {current.definition}
          <span className="ml-1 text-xs text-slate-500">（{current.effectiveFrom.toISOString().slice(0, 10)} 起）</span>
        </p>
      )}
    </>
  );
}
