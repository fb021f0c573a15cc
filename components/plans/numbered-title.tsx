// A task's title after its number in the plan ("3. 加强…"), the number muted:
// the same on every list, card and page heading that names a task.
export function NumberedTitle({ number, title, gap = "mr-1" }: { number: number; title: React.ReactNode; gap?: "mr-1" | "mr-2" }) {
  return (
    <>
      <span className={`${gap} text-slate-500 tabular-nums`}>{number}.</span>
      {title}
    </>
  );
}
