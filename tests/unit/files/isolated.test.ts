// The isolated parse: a file that exhausts its parser's heap or time ends its
// own worker with a Chinese refusal, and this process's heap stays where it
// was; real files come back as plain data; a crowd of uploads waits its turn
// or is told to retry, instead of each getting a heap of its own.
import { describe, expect, it } from "vitest";
import { parseIsolated, PARSE_LIMITS } from "@/lib/files/isolated";
import { MAX_IMPORT_ROWS, readLedgerSheet } from "@/lib/ledger/read-sheet";
import { writeLedgerXlsx } from "@/lib/ledger/write-xlsx";
import { ledgerOfRows } from "@/tests/support/ledger-file";
import { MAX_SHEET_CELLS } from "@/lib/files/parse-jobs";
import { rawZip, wordPlan, wordTablePlan, xlsxOfCells } from "@/tests/support/office-archives";

const UNREADABLE = "无法读取该 .docx 文档";
const TOO_COMPLEX = "文件过于复杂或已损坏，解析失败";
const MiB = 1024 * 1024;

/** This process's heap at its highest while `run` is under way, above where it started. */
async function heapGrowthDuring(run: () => Promise<unknown>): Promise<number> {
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  try {
    await run().catch(() => {});
  } finally {
    clearInterval(sample);
  }
  return (Math.max(peak, process.memoryUsage().heapUsed) - before) / MiB;
}

describe("a parse in its own worker", { timeout: 90_000 }, () => {
  const plan = wordPlan(200, 0);

  it("that outgrows its heap ends there, in Chinese, and this process's heap does not follow", async () => {
    // exceljs builds the whole workbook (the .docx reader streams and needs a few MB): the 5 000-row ledger needs ~48 MB.
    const ledger = await writeLedgerXlsx(ledgerOfRows(MAX_IMPORT_ROWS), new Date());
    let outcome: Promise<unknown> | undefined;
    const growth = await heapGrowthDuring(() => (outcome = parseIsolated("xlsx-cells", ledger, { unreadable: UNREADABLE, heapMb: 24, timeoutMs: 60_000 })));
    await expect(outcome).rejects.toThrow(TOO_COMPLEX);
    expect(growth).toBeLessThan(32);
  });

  it("reads a 200-page Word plan, prose or tables, within a fraction of the real heap and the real time", async () => {
    const prose = await parseIsolated("docx-blocks", plan, { unreadable: UNREADABLE, heapMb: 32 });
    expect(prose).toHaveLength(3_000);
    expect(prose[0]).toEqual({ kind: "paragraph", text: expect.stringContaining("全面贯彻党的教育方针") });
    const [table] = await parseIsolated("docx-blocks", wordTablePlan(200), { unreadable: UNREADABLE, heapMb: 32 });
    expect(table?.kind === "table" && table.rows).toHaveLength(1 + 200 * 12);
  });

  it("that runs past its time is stopped, in Chinese", async () => {
    const started = Date.now();
    await expect(parseIsolated("docx-blocks", plan, { unreadable: UNREADABLE, timeoutMs: 200 })).rejects.toThrow(TOO_COMPLEX);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("that its parser cannot read answers in the reader's words", async () => {
    const notWord = rawZip([{ name: "readme.txt", data: Buffer.from("这不是 Word 文档") }]);
    await expect(parseIsolated("docx-blocks", notWord, { unreadable: UNREADABLE })).rejects.toThrow(UNREADABLE);
  });

  it("sends back a 5 000-row ledger's cells as plain rows, read as before", async () => {
    const ledger = ledgerOfRows(MAX_IMPORT_ROWS);
    const rows = await readLedgerSheet(await writeLedgerXlsx(ledger, new Date()));
    expect(rows).toHaveLength(MAX_IMPORT_ROWS);
    expect(rows[4_999]).toMatchObject({
      row: 5_002,
      indicatorId: ledger.rows[4_999]!.indicatorId,
      value: { kind: "ok", value: ledger.rows[4_999]!.actual },
      asOf: { kind: "ok", value: new Date(Date.UTC(2025, 5, 30)) },
    });
  });

  it("refuses a workbook of more cells than any import reads, before they reach this process", async () => {
    const cells = xlsxOfCells(MAX_SHEET_CELLS + 10);
    await expect(parseIsolated("xlsx-cells", cells, { unreadable: UNREADABLE, timeoutMs: 45_000 })).rejects.toThrow(
      "表格内容过多（超过 250000 个单元格），请删除无关的工作表或分批导入",
    );
  });

  it("runs one at a time: a few uploads wait their turn, more are told at once to retry", async () => {
    const small = wordPlan(2, 0);
    const crowd = PARSE_LIMITS.concurrent + PARSE_LIMITS.maxQueued + 2;
    const outcomes = await Promise.allSettled(Array.from({ length: crowd }, () => parseIsolated("docx-blocks", small, { unreadable: UNREADABLE })));
    const refused = outcomes.filter((o) => o.status === "rejected").map((o) => (o as PromiseRejectedResult).reason.message);
    expect(new Set(refused)).toEqual(new Set(["服务器正在解析其他文件，请稍后重试"]));
    expect(refused.length).toBeGreaterThanOrEqual(2);
    // Which call gets the worker first depends on when its archive check finishes, not on its place in the list.
    expect(outcomes.filter((o) => o.status === "fulfilled").length).toBeGreaterThanOrEqual(1);
  });
});
