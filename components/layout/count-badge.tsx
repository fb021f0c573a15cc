// A count on a menu item (未读消息, 待审核). The eye sees the number; a screen
// reader hears the link's name followed by the words, e.g. 消息（未读 3）.
// Nothing at zero, unless `always` (the phone bar's 消息: "0" says there is nothing new).
export function CountBadge({
  count,
  words,
  testId,
  tone,
  always = false,
}: {
  count: number;
  words: string;
  testId: string;
  tone: "red" | "amber";
  always?: boolean;
}) {
  if (count === 0 && !always) return null;
  const colour = count === 0 ? "bg-slate-200 text-slate-700" : tone === "red" ? "bg-red-600 text-white" : "bg-amber-700 text-white";
  return (
    <>
      <span className="sr-only">
        （{words} {count}）
      </span>
      <span
        aria-hidden="true"
        data-testid={testId}
        className={`inline-flex min-w-5 items-center justify-center rounded-full px-1.5 text-xs leading-5 font-medium tabular-nums ${colour}`}
      >
        {count > 99 ? "99+" : count}
      </span>
    </>
  );
}
