// /supervision/slips' filter bar: state tabs (links) and a GET form for level and unit.
import Link from "@/components/ui/link";
import { FacetSelect, FilterButtons } from "@/components/ui/filter-form";
import type { SlipLevel } from "@/lib/generated/prisma/enums";
import { SLIP_LEVEL_LABELS, SLIP_LEVELS, SLIP_STATE_LABELS, SLIP_STATES, type SlipState } from "@/lib/vocabulary";

export function SlipFilters(props: { state: SlipState; level?: SlipLevel; unit?: string; units: { id: string; name: string }[] }) {
  const href = (state: SlipState) => {
    const params = new URLSearchParams({ state });
    if (props.level) params.set("level", props.level);
    if (props.unit) params.set("unit", props.unit);
    return `/supervision/slips?${params.toString()}`;
  };
  return (
    <div className="mb-4 space-y-3">
      <nav aria-label="按回复状态筛选">
        <ul className="flex gap-1.5">
          {SLIP_STATES.map((state) => (
            <li key={state}>
              <Link
                href={href(state)}
                aria-current={state === props.state ? "page" : undefined}
                className={`inline-flex min-h-9 items-center rounded-full border px-3 text-sm ${
                  state === props.state ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"
                }`}
              >
                {SLIP_STATE_LABELS[state]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" className="flex flex-wrap gap-2">
        <input type="hidden" name="state" value={props.state} />
        <FacetSelect
          name="level"
          label="督办等级"
          value={props.level}
          allLabel="全部等级"
          options={SLIP_LEVELS.map((l) => ({ id: l, name: SLIP_LEVEL_LABELS[l] }))}
        />
        {props.units.length > 1 && <FacetSelect name="unit" label="被督办单位" value={props.unit} allLabel="全部单位" options={props.units} />}
        <FilterButtons resetHref={`/supervision/slips?state=${props.state}`} showReset={Boolean(props.level || props.unit)} />
      </form>
    </div>
  );
}
