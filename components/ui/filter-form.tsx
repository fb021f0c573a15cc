// The pieces of a list's filter bar (the plan page's tasks, the tenant's task
// list): a plain GET form, so the filter lives in the URL and works without
// JavaScript. One look and one behaviour for every facet.
import Link from "@/components/ui/link";

export const FILTER_SELECT = "min-h-10 w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 text-sm sm:w-auto sm:max-w-56";

/** The keyword box; `width` is the box's width from the `sm` breakpoint on. */
export function KeywordInput({ value, placeholder, width }: { value?: string; placeholder: string; width: "sm:w-48" | "sm:w-56" }) {
  return (
    <input
      type="search"
      name="q"
      defaultValue={value}
      placeholder={placeholder}
      aria-label="关键词"
      className={`min-h-10 min-w-0 rounded-md border border-slate-300 bg-white px-3 text-base ${width} sm:text-sm`}
    />
  );
}

/** One facet: 全部 (no filter), optionally `none` (e.g. tasks naming no one), then each choice. */
export function FacetSelect(props: {
  name: string;
  label: string;
  value: string | undefined;
  allLabel: string;
  none?: { value: string; label: string };
  options: readonly { id: string; name: string }[];
}) {
  return (
    <select name={props.name} defaultValue={props.value ?? ""} aria-label={props.label} className={FILTER_SELECT}>
      <option value="">{props.allLabel}</option>
      {props.none && <option value={props.none.value}>{props.none.label}</option>}
      {props.options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  );
}

/** 筛选, and 清除 back to `resetHref` when `showReset`. */
export function FilterButtons({ resetHref, showReset = true }: { resetHref: string; showReset?: boolean }) {
  return (
    <div className="flex gap-2">
      <button type="submit" className="min-h-10 rounded-md border border-slate-300 bg-white px-4 text-sm hover:bg-slate-50">
        筛选
      </button>
      {showReset && (
        <Link href={resetHref} className="inline-flex min-h-10 items-center px-2 text-sm text-slate-500 hover:underline">
          清除
        </Link>
      )}
    </div>
  );
}
