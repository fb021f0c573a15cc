// Shared input classes for the import review's compact inline editors.
export const INPUT =
  "block min-h-9 w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 text-base focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none sm:text-sm";
export const SMALL_BUTTON =
  "inline-flex min-h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-700 hover:bg-slate-50 disabled:text-slate-400";
