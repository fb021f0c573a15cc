// The plan-parse benchmarks' rows: measured in-process before the server starts.
import type { measureParse } from "../lib/parse";
import { PDF_TARGET_MS, type PdfParseResult } from "../lib/parse-pdf";
import type { ResultRow } from "../lib/report";
import { round } from "../lib/stats";
import { ms } from "./page-load";

export function parseRow(parse: Awaited<ReturnType<typeof measureParse>>): ResultRow {
  return {
    name: "plan parse (65 KB, in-process)",
    connections: null,
    p50_ms: ms(parse.latency.p50),
    p95_ms: ms(parse.latency.p95),
    p99_ms: ms(parse.latency.p99),
    rps: round(parse.rps, 1),
    errors: 0,
    requests: parse.latency.count,
    floor_p50_ms: null,
    floor_p95_ms: null,
    ratio_to_floor: null,
    rss_peak_mb: null,
    target: "p95 ≤ 200 ms",
    target_met: parse.latency.p95 <= 200,
    notes: `${parse.bytes} bytes, ${parse.tasks} tasks`,
  };
}

export function pdfParseRow(pdf: PdfParseResult): ResultRow {
  return {
    name: `PDF read + parse (${pdf.pages} pages)`,
    connections: null,
    p50_ms: ms(pdf.latency.p50),
    p95_ms: ms(pdf.latency.p95),
    p99_ms: ms(pdf.latency.p99),
    rps: round(1000 / pdf.latency.mean, 2),
    errors: 0,
    requests: pdf.latency.count,
    floor_p50_ms: null,
    floor_p95_ms: null,
    ratio_to_floor: null,
    rss_peak_mb: round(pdf.rssPeakMb, 0),
    target: `p95 ≤ ${PDF_TARGET_MS} ms, reads in a ${pdf.smallHeapMb} MB worker heap`,
    target_met: pdf.latency.p95 <= PDF_TARGET_MS && pdf.smallHeapOk,
    notes: `${pdf.bytes} bytes, ${pdf.tables} tables, ${pdf.tableRows} table rows, ${pdf.tasks} tasks; CPU ${Math.round(pdf.cpuMs)} ms per read + parse; main heap +${round(pdf.mainHeapGrowthMb, 1)} MB`,
  };
}
