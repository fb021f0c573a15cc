"use client";
// The report form's inputs: a labelled field, the progress box with its
// slider, and one box per indicator for this period's actual value (with
// 我已核实该数值 when the value looks far off, decision 0027).
import Link from "@/components/ui/link";
import type { FieldErrors } from "@/lib/auth/action";
import type { PlausibilityIndicator } from "@/lib/indicators/plausibility";
import { PLAUSIBILITY_MESSAGES } from "@/lib/vocabulary/plausibility";
import { typedPlausibility } from "./actual-check";
import type { DraftFields } from "./draft-state";

export interface IndicatorView {
  id: string;
  name: string;
  unit: string | null;
  target: string;
  /** Unit, comparator, baseline and target as plain numbers: what the plausibility rule reads. */
  numbers: PlausibilityIndicator;
  /** 最多报一次: the other plans and tasks this number counts for (confirmed same-definition indicators). */
  feeds: string[];
  /** The value that already counts for this definition and period, when another report's was approved. */
  approved: { text: string; slotId: string | null } | null;
}

const inputBase =
  "rounded-md border border-slate-300 bg-white px-3 py-2 text-base focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none aria-invalid:border-red-400";
const inputClass = `block w-full ${inputBase}`;

const LONG_TEXT = { rows: 6, maxLength: 5000 };
const SHORT_TEXT = { rows: 3, maxLength: 3000 };

function Field({ label, hint, error, children }: { label: string; hint?: string; error?: string[]; children: React.ReactNode }) {
  return (
    <label className="block text-sm">
      <span className="mb-1 block font-medium text-slate-700">
        {label}
        {hint && <span className="ml-1 font-normal text-slate-500">{hint}</span>}
      </span>
      {children}
      {error?.length ? <span className="mt-1 block text-xs text-red-600">{error.join("；")}</span> : null}
    </label>
  );
}

/** A number box for exact values and a slider for the thumb; both edit the same text. */
function ProgressField({ value, error, onChange }: { value: string; error?: string[]; onChange: (value: string) => void }) {
  const progress = Number(value);
  return (
    <div className="text-sm">
      <label htmlFor="progress" className="mb-1 block font-medium text-slate-700">
        进度 <span className="font-normal text-slate-500">0–100</span>
      </label>
      <div className="flex items-center gap-3">
        <input
          id="progress"
          name="progress"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          className={`${inputBase} w-20 shrink-0 tabular-nums`}
        />
        <span className="text-slate-500">%</span>
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          value={Number.isFinite(progress) ? Math.min(100, Math.max(0, progress)) : 0}
          onChange={(e) => onChange(e.target.value)}
          aria-label="拖动调整进度"
          className="h-10 min-w-0 flex-1 accent-brand-600"
        />
      </div>
      {error && <p className="mt-1 text-xs text-red-600">{error.join("；")}</p>}
    </div>
  );
}

type TextName = "summary" | "problems" | "nextSteps";

/** 工作进展 (required), 进度, 存在问题, 下一步计划. */
export function TextsSection({ fields, errors, update }: { fields: DraftFields; errors: FieldErrors; update: (patch: Partial<DraftFields>) => void }) {
  // Each text box edits its own draft field; only 工作进展 marks itself invalid (it is the required one).
  const box = (name: TextName, size: { rows: number; maxLength: number }, extra: { placeholder?: string; invalid?: boolean } = {}) => (
    <textarea
      name={name}
      {...size}
      value={fields[name]}
      onChange={(e) => update({ [name]: e.target.value })}
      aria-invalid={extra.invalid || undefined}
      placeholder={extra.placeholder}
      className={inputClass}
    />
  );
  return (
    <section className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <Field label="工作进展" hint="必填" error={errors.summary}>
        {box("summary", LONG_TEXT, { placeholder: "本期完成了哪些工作、取得了什么成效", invalid: Boolean(errors.summary) })}
      </Field>
      <ProgressField value={fields.progress} error={errors.progress} onChange={(progress) => update({ progress })} />
      <Field label="存在问题" error={errors.problems}>
        {box("problems", SHORT_TEXT)}
      </Field>
      <Field label="下一步计划" error={errors.nextSteps}>
        {box("nextSteps", SHORT_TEXT)}
      </Field>
    </section>
  );
}

/** The reason a typed value looks wrong, and the box that confirms it; nothing for a plausible value. */
function PlausibilityCheck({ id, reason, confirmed, onConfirm }: { id: string; reason: string; confirmed: boolean; onConfirm: (confirmed: boolean) => void }) {
  return (
    <span className="mt-1 block rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-900" data-testid="plausibility-check">
      <span id={`plausibility-${id}`} className="block">
        {confirmed ? PLAUSIBILITY_MESSAGES.flagged(reason) : PLAUSIBILITY_MESSAGES.looksWrong(reason)}
      </span>
      <label className="mt-1 inline-flex items-center gap-2 font-medium">
        <input
          type="checkbox"
          checked={confirmed}
          onChange={(e) => onConfirm(e.target.checked)}
          aria-describedby={`plausibility-${id}`}
          className="h-4 w-4 accent-brand-600"
        />
        {PLAUSIBILITY_MESSAGES.confirmLabel}
      </label>
    </span>
  );
}

/** Where else the number counts, and the value already approved for this period (the unit may leave the box empty). */
function SharedNote({ indicator }: { indicator: IndicatorView }) {
  if (indicator.feeds.length === 0 && !indicator.approved) return null;
  return (
    <span className="mt-1 block space-y-0.5 text-xs text-slate-500" data-testid="actual-shared">
      {indicator.approved && (
        <span className="block rounded-md bg-green-50 px-2 py-1 text-green-800">
          {indicator.approved.slotId ? (
            <Link href={`/reports/${indicator.approved.slotId}`} className="underline">
              {indicator.approved.text}
            </Link>
          ) : (
            indicator.approved.text
          )}
          ，无需重复填报（最多报一次），可留空。
        </span>
      )}
      {indicator.feeds.length > 0 && <span className="block break-words">同一口径，同时计入：{indicator.feeds.join("；")}</span>}
    </span>
  );
}

export function ActualsSection({
  indicators,
  actuals,
  confirmed,
  errors,
  onChange,
}: {
  indicators: IndicatorView[];
  actuals: DraftFields["actuals"];
  confirmed: NonNullable<DraftFields["confirmed"]>;
  errors: FieldErrors;
  onChange: (patch: Pick<DraftFields, "actuals" | "confirmed">) => void;
}) {
  if (indicators.length === 0) return null;
  return (
    <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="actuals">
      <h2 className="text-base font-semibold">指标实际值</h2>
      <p className="-mt-2 text-xs text-slate-500">填写截至本期末的实际数值，不清楚的可留空。</p>
      {indicators.map((i) => {
        const err = errors[`actual:${i.id}`];
        const text = actuals[i.id] ?? "";
        const reason = typedPlausibility(i.numbers, text);
        return (
          <div key={i.id}>
            <Field label={i.name} hint={`目标 ${i.target}`} error={err}>
              <span className="flex items-center gap-2">
                <input
                  type="text"
                  inputMode="decimal"
                  value={text}
                  onChange={(e) => onChange({ actuals: { ...actuals, [i.id]: e.target.value }, confirmed: { ...confirmed, [i.id]: false } })}
                  aria-invalid={err ? true : undefined}
                  className={`${inputBase} w-40 min-w-0 tabular-nums`}
                />
                {i.unit && <span className="text-slate-500">{i.unit}</span>}
              </span>
            </Field>
            <SharedNote indicator={i} />
            {reason && (
              <PlausibilityCheck
                id={i.id}
                reason={reason}
                confirmed={confirmed[i.id] ?? false}
                onConfirm={(checked) => onChange({ actuals, confirmed: { ...confirmed, [i.id]: checked } })}
              />
            )}
          </div>
        );
      })}
    </section>
  );
}
