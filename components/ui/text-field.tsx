"use client";
// A labelled input with its field errors. An error is about the value that
// was sent: once the user edits the field it no longer describes what is
// there, so it goes (and aria-invalid with it) until the next refusal brings
// a new one. Every form built on this field gets that behaviour.
import { useState, type InputHTMLAttributes } from "react";

export function TextField({
  label,
  name,
  errors,
  className = "",
  onChange,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; errors?: string[] }) {
  // The errors the user has edited past; a new refusal brings a new array, which shows again.
  const [editedPast, setEditedPast] = useState<string[] | undefined>(undefined);
  const shown = errors?.length && errors !== editedPast ? errors : undefined;
  const errorId = shown ? `${name}-error` : undefined;
  return (
    <label className={`block text-sm ${className}`}>
      <span className="mb-1 block font-medium text-slate-700">{label}</span>
      <input
        name={name}
        aria-invalid={shown ? true : undefined}
        aria-describedby={errorId}
        className="block min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-base focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none sm:text-sm"
        onChange={(e) => {
          setEditedPast(errors);
          onChange?.(e);
        }}
        {...props}
      />
      {shown ? (
        <span id={errorId} className="mt-1 block text-xs text-red-600">
          {shown.join("；")}
        </span>
      ) : null}
    </label>
  );
}
