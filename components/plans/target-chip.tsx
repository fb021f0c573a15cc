/** A target stated in a task: its name and the formatted figure (toTaskRowData formats it). */
export function TargetChip({ name, text }: { name: string; text: string }) {
  return (
    <span
      title={name}
      className="inline-flex max-w-full items-center gap-1 rounded-full bg-emerald-50 px-2 py-0.5 text-xs text-emerald-800 ring-1 ring-inset ring-emerald-100"
    >
      <span className="truncate">{name}</span>
      <span className="shrink-0 font-medium tabular-nums">{text}</span>
    </span>
  );
}
