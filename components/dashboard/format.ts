// Number formatting shared by the dashboard's cards, tables and indicator list.

/** 0.125 → "12.5%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

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

/** Values as a reader wants them: at most two decimals, no trailing zeros. */
export function formatValue(value: number): string {
  return String(Math.round(value * 100) / 100);
}
