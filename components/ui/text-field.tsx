import type { InputHTMLAttributes } from "react";

export function TextField({
  label,
  name,
  errors,
  className = "",
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; errors?: string[] }) {
  const errorId = errors?.length ? `${name}-error` : undefined;
  return (
    <label className={`block text-sm ${className}`}>
      <span className="mb-1 block font-medium text-slate-700">{label}</span>
      <input
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errorId}
        className="block min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-base focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none sm:text-sm"
        {...props}
      />
      {errors?.length ? (
        <span id={errorId} className="mt-1 block text-xs text-red-600">
          {errors.join("；")}
        </span>
      ) : null}
    </label>
  );
}
