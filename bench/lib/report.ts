// The results as one JSON object (--json) or a readable table.
export interface ResultRow {
  name: string;
  connections: number | null;
  p50_ms: number | null;
  p95_ms: number | null;
  p99_ms: number | null;
  rps: number | null;
  errors: number;
  requests: number | null;
  floor_p50_ms: number | null;
  floor_p95_ms: number | null;
  ratio_to_floor: number | null;
  rss_peak_mb: number | null;
  target: string | null;
  target_met: boolean | null;
  notes: string | null;
}

const fmt = (v: number | null, digits = 1) => (v === null ? "—" : v.toFixed(digits));

export function table(rows: ResultRow[]): string {
  const header = ["benchmark", "conn", "p50 ms", "p95 ms", "p99 ms", "req/s", "errors", "floor p50", "×floor", "RSS MB", "target"];
  const lines = rows.map((r) => [
    r.name,
    r.connections === null ? "—" : String(r.connections),
    fmt(r.p50_ms),
    fmt(r.p95_ms),
    fmt(r.p99_ms),
    fmt(r.rps),
    String(r.errors),
    fmt(r.floor_p50_ms, 2),
    fmt(r.ratio_to_floor),
    fmt(r.rss_peak_mb, 0),
    r.target === null ? "" : `${r.target_met ? "✓" : "✗"} ${r.target}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [row(header), widths.map((w) => "─".repeat(w)).join("  "), ...lines.map(row)].join("\n");
}
