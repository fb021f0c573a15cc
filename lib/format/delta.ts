// A change between two readings (the dashboard's headline): its text and whether it is good news.

/** A change as "▲2", "▼1" or "持平"; `unit` follows the number. */
export function formatDelta(delta: number, unit = ""): string {
  const rounded = Math.round(delta * 10) / 10;
  if (rounded === 0) return "持平";
  return `${rounded > 0 ? "▲" : "▼"}${Math.abs(rounded)}${unit}`;
}

/** Whether a change is good news: "up" when more is better, "down" when less is, "neutral" otherwise. */
export function deltaTone(delta: number, good: "up" | "down" | "neutral"): "good" | "bad" | "neutral" {
  if (Math.round(delta * 10) === 0 || good === "neutral") return "neutral";
  return delta > 0 === (good === "up") ? "good" : "bad";
}
