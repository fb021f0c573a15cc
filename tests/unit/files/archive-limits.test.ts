// The archive gate: every hostile shape is refused in Chinese before a parser
// sees it, and real documents — a long Word plan with photos, the largest
// ledger export we accept — pass with half the limits still to spare.
import { describe, expect, it } from "vitest";
import { ARCHIVE_LIMITS, assertArchiveWithinLimits, type ArchiveLimits } from "@/lib/files/archive-limits";
import { writeLedgerXlsx } from "@/lib/ledger/write-xlsx";
import { MAX_IMPORT_ROWS } from "@/lib/ledger/read-sheet";
import { docxBomb, docxUnderstatingItsSize, manyEntriesZip, rawZip, wordPlan, xlsxBomb, xlsxUnderstatingItsSize } from "@/tests/support/office-archives";
import { ledgerOfRows } from "@/tests/support/ledger-file";

const UNREADABLE = "无法读取该文件";
const check = (bytes: Uint8Array, limits?: ArchiveLimits) => assertArchiveWithinLimits(bytes, { unreadable: UNREADABLE, limits });
const REFUSED = /可能已损坏或被构造，已拒绝$/;

describe("the archive gate", { timeout: 30_000 }, () => {
  it("lets a 200-page Word plan with photos and a 5 000-row ledger through, at half of every limit", async () => {
    const half: ArchiveLimits = {
      ...ARCHIVE_LIMITS,
      maxEntries: ARCHIVE_LIMITS.maxEntries / 2,
      maxEntryBytes: ARCHIVE_LIMITS.maxEntryBytes / 2,
      maxTotalBytes: ARCHIVE_LIMITS.maxTotalBytes / 2,
      maxRatio: ARCHIVE_LIMITS.maxRatio / 2,
    };
    await expect(check(wordPlan(200, 3), half)).resolves.toBeUndefined();
    const ledger = await writeLedgerXlsx(ledgerOfRows(MAX_IMPORT_ROWS), new Date());
    await expect(check(ledger, half)).resolves.toBeUndefined();
  });

  it("refuses the reported .docx: a few dozen KB whose document.xml inflates to 40 MB", async () => {
    const bomb = docxBomb(40);
    expect(bomb.length).toBeLessThan(200 * 1024);
    await expect(check(bomb)).rejects.toThrow("文件解压后过大（其中一个部分超过 16 MB），可能已损坏或被构造，已拒绝");
  });

  it("refuses the reported .xlsx: a sheet that inflates to 100 MB", async () => {
    await expect(check(xlsxBomb(100))).rejects.toThrow(/^文件解压后过大.*可能已损坏或被构造，已拒绝$/);
  });

  it("refuses a part compressed far beyond what documents reach, even under the size limits", async () => {
    await expect(check(docxBomb(12))).rejects.toThrow("文件压缩比异常（超过 100 倍），可能已损坏或被构造，已拒绝");
  });

  it("refuses more in all than the total limit, though each part is within its own", async () => {
    const parts = Array.from({ length: 3 }, (_, i) => ({ name: `xl/media/image${i}.png`, data: Buffer.alloc(15 * 1024 * 1024, i) }));
    await expect(check(rawZip(parts), { ...ARCHIVE_LIMITS, maxRatio: Infinity })).rejects.toThrow("文件解压后过大（超过 40 MB），可能已损坏或被构造，已拒绝");
  });

  it("refuses 100 000 entries, before reading them", async () => {
    const archive = manyEntriesZip(100_000);
    const started = Date.now();
    await expect(check(archive)).rejects.toThrow("文件包含的条目过多（超过 2000 个），可能已损坏或被构造，已拒绝");
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("refuses an entry whose data inflates past the small size its directory declares", async () => {
    await expect(check(docxUnderstatingItsSize(40))).rejects.toThrow("文件的目录与实际内容不符，可能已损坏或被构造，已拒绝");
    await expect(check(xlsxUnderstatingItsSize(100))).rejects.toThrow("文件的目录与实际内容不符，可能已损坏或被构造，已拒绝");
  });

  it("refuses a directory that holds more entries than its end record states, which jszip would still open", async () => {
    await expect(check(manyEntriesZip(100_000, { statedCount: 3 }))).rejects.toThrow(REFUSED);
    await expect(check(manyEntriesZip(5, { statedCount: 3 }))).rejects.toThrow("文件的目录与实际内容不符，可能已损坏或被构造，已拒绝");
  });

  it("answers a file that is no archive, or a cut-off one, in the reader's own words", async () => {
    await expect(check(new TextEncoder().encode("一、总体要求"))).rejects.toThrow(UNREADABLE);
    const plan = wordPlan(2, 0);
    await expect(check(plan.subarray(0, Math.floor(plan.length / 2)))).rejects.toThrow(UNREADABLE);
  });
});
