// A count on a menu item (未读消息, 待审核). The eye sees the number; a screen
// reader hears the link's name followed by the words, e.g. 消息（未读 3）.
export function CountBadge({ count, words, testId, tone }: { count: number; words: string; testId: string; tone: "red" | "amber" }) {
  if (count === 0) return null;
  return (
    <>
      <span className="sr-only">
        （{words} {count}）
      </span>
      <span
        aria-hidden="true"
        data-testid={testId}
        className={`inline-flex min-w-5 items-center justify-center rounded-full px-1.5 text-xs leading-5 font-medium text-white tabular-nums ${tone === "red" ? "bg-red-600" : "bg-amber-700"}`}
      >
        {count > 99 ? "99+" : count}
      </span>
    </>
  );
}
