import type { SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const CONTROL =
  "block min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-base focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none sm:text-sm";

export function FieldErrorText({ id, errors }: { id?: string; errors?: string[] }) {
  return errors?.length ? (
    <span id={id} className="mt-1 block text-xs text-red-600">
      {errors.join("；")}
    </span>
  ) : null;
}

export function SelectField({
  label,
  name,
  options,
  errors,
  className = "",
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { label: string; name: string; options: { value: string; label: string }[]; errors?: string[] }) {
  return (
    <label className={`block text-sm ${className}`}>
      <span className="mb-1 block font-medium text-slate-700">{label}</span>
      <select name={name} aria-invalid={errors?.length ? true : undefined} className={CONTROL} {...props}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrorText errors={errors} />
    </label>
  );
}

export function TextAreaField({
  label,
  name,
  hint,
  errors,
  className = "",
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; hint?: string; errors?: string[] }) {
  return (
    <label className={`block text-sm ${className}`}>
      <span className="mb-1 block font-medium text-slate-700">
        {label}
        {hint && <span className="ml-2 font-normal text-xs text-slate-500">{hint}</span>}
      </span>
      <textarea name={name} aria-invalid={errors?.length ? true : undefined} className={`${CONTROL} py-2 leading-relaxed`} {...props} />
      <FieldErrorText errors={errors} />
    </label>
  );
}

export const SMALL_BUTTON =
  "inline-flex min-h-9 items-center justify-center rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-700 hover:bg-slate-50 disabled:text-slate-400";
export const SMALL_DANGER =
  "inline-flex min-h-9 items-center justify-center rounded-md border border-red-200 bg-white px-3 text-sm text-red-700 hover:bg-red-50 disabled:text-slate-400";
