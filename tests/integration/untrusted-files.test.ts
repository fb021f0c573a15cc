// Hostile uploads through the real server actions (session, permission, zod,
// tenant transaction): the reported .docx and .xlsx bombs, an archive of
// 100 000 entries, an entry whose directory understates its size, and a file
// within every archive limit that still exhausts its parser (or, for the
// streaming .docx reader, carries more text than any plan). Each is refused
// in Chinese, nothing is written, this process's heap barely moves, and the
// next ordinary upload works.
import { describe, expect, it } from "vitest";
import { importLedgerActualsAction } from "@/lib/ledger/actions";
import { previewPlanImportAction } from "@/lib/plans/import/actions";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";
import { docxFromParagraphs } from "@/tests/support/docx";
import { docxBomb, docxOfTooMuchText, docxUnderstatingItsSize, manyEntriesZip, xlsxBomb, xlsxUnderstatingItsSize } from "@/tests/support/office-archives";

const MiB = 1024 * 1024;
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const TOO_LARGE = /^文件解压后过大（.*），可能已损坏或被构造，已拒绝$/;
const TOO_MANY = "文件包含的条目过多（超过 2000 个），可能已损坏或被构造，已拒绝";
const INCONSISTENT = "文件的目录与实际内容不符，可能已损坏或被构造，已拒绝";
const TOO_MUCH_TEXT = "文档内容过多（超过 60 万字），请删除无关内容或拆分后导入";
/** Room for the action's own allocations; a parse in this process would take hundreds of MB. */
const HEAP_GROWTH_MB = 32;

/** Runs `run`, sampling this process's heap meanwhile: its result, and how far the heap rose above where it started. */
async function watchingHeap<T>(run: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  try {
    const result = await run();
    return { result, growthMb: (Math.max(peak, process.memoryUsage().heapUsed) - before) / MiB };
  } finally {
    clearInterval(sample);
  }
}

function upload(name: string, bytes: Uint8Array, type: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  form.set("file", new File([new Uint8Array(bytes)], name, { type }));
  return form;
}

async function writesOf(tenantCode: string) {
  const tenantId = await tenantIdOf(tenantCode);
  const db = ownerDb();
  return Promise.all([db.plan.count({ where: { tenantId } }), db.indicatorActual.count({ where: { tenantId } }), db.auditEvent.count({ where: { tenantId } })]);
}

describe("a hostile file fails alone", () => {
  it("the plan import preview refuses each .docx in Chinese, writes nothing, keeps its heap, and previews the next file", { timeout: 120_000 }, async () => {
    await signInAs("huiji.admin");
    const before = await writesOf("huiji");
    const cases: [string, Buffer, string | RegExp][] = [
      ["60 KB that inflates to 40 MB", docxBomb(40), TOO_LARGE],
      ["100 000 entries", manyEntriesZip(100_000), TOO_MANY],
      ["a directory that understates document.xml", docxUnderstatingItsSize(40), INCONSISTENT],
      ["within the archive limits, more text than any plan", docxOfTooMuchText(15), TOO_MUCH_TEXT],
    ];
    for (const [what, bytes, message] of cases) {
      const { result, growthMb } = await watchingHeap(() => previewPlanImportAction(null, upload("规划.docx", bytes, DOCX)));
      expect(result.ok, what).toBe(false);
      expect(!result.ok && result.message, what).toMatch(message);
      expect(growthMb, what).toBeLessThan(HEAP_GROWTH_MB);
    }
    expect(await writesOf("huiji")).toEqual(before);

    const ordinary = await docxFromParagraphs(["测试区教育局2024年工作要点", "一、加强党的建设", "1.强化理论学习", "责任单位：局办公室"]);
    const preview = await previewPlanImportAction(null, upload("工作要点.docx", ordinary, DOCX));
    expect(preview).toMatchObject({ ok: true, data: { parsed: { title: "测试区教育局2024年工作要点" } } });
  });

  it("the ledger import refuses each .xlsx in Chinese, writes nothing, keeps its heap, and imports the next file", { timeout: 120_000 }, async () => {
    await signInAs("jinfeng.staff");
    const plan = await ownerDb().plan.findFirstOrThrow({ where: { tenantId: await tenantIdOf("jinfeng") }, orderBy: { title: "asc" } });
    const before = await writesOf("jinfeng");
    const cases: [string, Buffer, string | RegExp][] = [
      ["300 KB whose sheet inflates to 100 MB", xlsxBomb(100), TOO_LARGE],
      ["100 000 entries", manyEntriesZip(100_000), TOO_MANY],
      ["a directory that understates the sheet", xlsxUnderstatingItsSize(100), INCONSISTENT],
    ];
    for (const [what, bytes, message] of cases) {
      const { result, growthMb } = await watchingHeap(() => importLedgerActualsAction(null, upload("台账.xlsx", bytes, XLSX, { planId: plan.id })));
      expect(result.ok, what).toBe(false);
      expect(!result.ok && result.message, what).toMatch(message);
      expect(growthMb, what).toBeLessThan(HEAP_GROWTH_MB);
    }
    expect(await writesOf("jinfeng")).toEqual(before);

    const { GET } = await import("@/app/api/v1/plans/[id]/ledger.xlsx/route");
    const exported = await GET(new Request(`http://localhost/api/v1/plans/${plan.id}/ledger.xlsx`), { params: Promise.resolve({ id: plan.id }) });
    const ordinary = new Uint8Array(await exported.arrayBuffer());
    expect(await importLedgerActualsAction(null, upload("台账.xlsx", ordinary, XLSX, { planId: plan.id }))).toMatchObject({ ok: true });
  });
});
