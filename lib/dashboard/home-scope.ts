// Whose figures the bureau's home page shows: 全局 (the whole bureau) or
// 我负责的 (the tasks naming the people linked to the account), from `?mine=`
// and the role. Pure, so the page can start the whole bureau's reads before
// it knows who is linked (decision 0049).

/** What the page knows before reading the linked people. */
export type HomeScopeChoice = "all" | "mine" | "mine-if-linked";

/**
 * `?mine=1` asks for 我负责的, `?mine=0` for the whole bureau. Otherwise a leader
 * (whose 我负责的 is the person linked to the account) starts on 我负责的 once a
 * person is linked, and on the whole bureau before that rather than an empty
 * page; everyone else starts on the whole bureau.
 */
export function chooseHomeScope(mineParam: string | undefined, isLeader: boolean): HomeScopeChoice {
  if (mineParam === "1") return "mine";
  if (mineParam === "0") return "all";
  return isLeader ? "mine-if-linked" : "all";
}

/**
 * The scope once the linked people are known; `empty`: 我负责的 with nobody linked, so
 * nothing to read. The whole bureau does not depend on them (any count will do).
 */
export function resolveHomeScope(choice: HomeScopeChoice, linkedCount: number): { mine: boolean; empty: boolean } {
  if (choice === "all") return { mine: false, empty: false };
  if (choice === "mine") return { mine: true, empty: linkedCount === 0 };
  return { mine: linkedCount > 0, empty: false };
}
