"use client";
// A bureau admin's controls for one indicator: confirm the suggestion, pick
// another definition, clear the mapping, and set the tolerance. Each is its
// own small form so a phone user submits one thing at a time.
import { SMALL_BUTTON, SMALL_DANGER } from "@/components/plans/editing/form-fields";
import { useFormAction } from "@/components/plans/editing/use-form-action";
import { FormMessage } from "@/components/ui/form-message";
import type { MappingState } from "@/lib/generated/prisma/enums";
import { chooseDefinitionAction, clearMappingAction, confirmMappingAction, setToleranceAction } from "@/lib/indicators/actions";

export interface DefinitionOption {
  id: string;
  label: string;
}

interface Props {
  indicatorId: string;
  indicatorName: string;
  state: MappingState;
  definitionId: string | null;
  unit: string | null;
  tolerance: string | null;
  /** Definitions whose unit agrees with the indicator's. */
  options: DefinitionOption[];
}

const SELECT = "block min-h-9 w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 text-base sm:text-sm";

export function MappingControls(props: Props) {
  const confirm = useFormAction(confirmMappingAction);
  const choose = useFormAction(chooseDefinitionAction);
  const clear = useFormAction(clearMappingAction, { confirm: `确定取消“${props.indicatorName}”与口径的对应吗？` });
  const tolerance = useFormAction(setToleranceAction);
  const hidden = <input type="hidden" name="indicatorId" value={props.indicatorId} />;
  return (
    <div className="mt-3 space-y-2 border-t border-slate-100 pt-3">
      <div className="flex flex-wrap items-end gap-2">
        {props.state === "suggested" && (
          <form {...confirm.form}>
            {hidden}
            <button type="submit" disabled={confirm.pending} className={`${SMALL_BUTTON} border-brand-600 text-brand-700`}>
              {confirm.pending ? "正在确认…" : "确认建议"}
            </button>
          </form>
        )}
        <form {...choose.form} className="flex min-w-0 flex-1 items-end gap-2 sm:max-w-md">
          {hidden}
          <label className="min-w-0 flex-1 text-xs text-slate-600">
            <span className="sr-only">为“{props.indicatorName}”选择口径</span>
            <select
              key={props.definitionId ?? "none"}
              name="definitionId"
              defaultValue={props.definitionId ?? ""}
              className={SELECT}
              aria-label={`为“${props.indicatorName}”选择口径`}
            >
              <option value="" disabled>
                选择口径…
              </option>
              {props.options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={choose.pending} className={`${SMALL_BUTTON} shrink-0`}>
            {props.state === "unmapped" ? "对应" : "改选"}
          </button>
        </form>
        {props.state !== "unmapped" && (
          <form {...clear.form}>
            {hidden}
            <button type="submit" disabled={clear.pending} className={SMALL_DANGER}>
              取消对应
            </button>
          </form>
        )}
      </div>
      <form {...tolerance.form} className="flex flex-wrap items-end gap-2">
        {hidden}
        <label className="text-xs text-slate-600">
          <span className="mb-1 block">容差（{props.unit || "指标单位"}，留空用默认值）</span>
          <input
            key={props.tolerance ?? "none"}
            name="tolerance"
            inputMode="decimal"
            defaultValue={props.tolerance ?? ""}
            aria-invalid={tolerance.errors?.tolerance ? true : undefined}
            className="block min-h-9 w-32 rounded-md border border-slate-300 bg-white px-2 text-base sm:text-sm"
          />
        </label>
        <button type="submit" disabled={tolerance.pending} className={SMALL_BUTTON}>
          保存容差
        </button>
        {tolerance.errors?.tolerance && <span className="w-full text-xs text-red-600">{tolerance.errors.tolerance.join("；")}</span>}
      </form>
      {[confirm.state, choose.state, clear.state, tolerance.state]
        .filter((s) => s !== null)
        .map((s, i) => (
          <FormMessage key={i} state={s} />
        ))}
    </div>
  );
}
