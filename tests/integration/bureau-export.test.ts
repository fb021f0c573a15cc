// A bureau admin downloads all of the bureau's data as one zip: its rows as
// json and a workbook, its evidence files; never another tenant's rows or
// files, never password hashes; other roles and anonymous callers are refused.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportBureau } from "@/app/api/v1/export/bureau.zip/route";
import { EXPORT_TABLES, NOT_EXPORTED } from "@/lib/export/bureau-tables";
import { uploadAttachmentAction } from "@/lib/reports/actions";
import { ownerDb, signInAs, signOut, tenantIdOf } from "@/tests/support/db";
import { openPeriodFor, reporterSlots } from "@/tests/support/reporting";

process.env.EDUPLAN_UPLOAD_DIR ??= `/tmp/eduplan-it-uploads-${randomUUID()}`;

const call = () => exportBureau(new Request("http://localhost/api/v1/export/bureau.zip"), {});
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n% ${text}\n%%EOF\n`);

async function uploadAs(code: string, fileName: string, bytes: Uint8Array<ArrayBuffer>) {
  await openPeriodFor(code, /./);
  const slot = (await reporterSlots(code))[0]!;
  await signInAs(`${code}.reporter`);
  const form = new FormData();
  form.set("slotId", slot.id);
  form.set("file", new File([bytes], fileName, { type: "application/pdf" }));
  expect(await uploadAttachmentAction(form)).toMatchObject({ ok: true });
  return ownerDb().attachment.findFirstOrThrow({ where: { fileName } });
}

let own: Awaited<ReturnType<typeof uploadAs>>;
let foreign: Awaited<ReturnType<typeof uploadAs>>;

beforeAll(async () => {
  own = await uploadAs("jinfeng", "金凤佐证.pdf", pdf("jinfeng"));
  foreign = await uploadAs("helan", "贺兰佐证.pdf", pdf("helan"));
});

describe("GET /api/v1/export/bureau.zip", () => {
  it("is for bureau admins only", async () => {
    signOut();
    expect((await call()).status).toBe(401);
    for (const username of ["jinfeng.staff", "jinfeng.leader", "jinfeng.reporter", "yinchuan.viewer"]) {
      await signInAs(username);
      expect((await call()).status).toBe(403);
    }
  });

  it("holds the bureau's rows, workbook and evidence files, and nothing of another tenant", async () => {
    await signInAs("jinfeng.admin");
    const response = await call();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(decodeURIComponent(response.headers.get("content-disposition")!)).toMatch(/金凤区教育局-全部数据-\d{4}-\d{2}-\d{2}\.zip/);
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const json = async (table: string) => JSON.parse(await zip.file(`json/${table}.json`)!.async("string")) as Record<string, unknown>[];

    const jinfeng = await tenantIdOf("jinfeng");
    const plans = await json("plans");
    expect(plans.map((p) => p.title).sort()).toEqual(["金凤区教育党工委2022年党的建设工作要点", "金凤区教育局2022年教育工作要点"].sort());
    expect((await json("tasks")).length).toBe(await ownerDb().task.count({ where: { tenantId: jinfeng } }));
    expect((await json("report_slots")).length).toBe(await ownerDb().reportSlot.count({ where: { tenantId: jinfeng } }));
    for (const { table } of EXPORT_TABLES) {
      const rows = await json(table);
      expect(rows.every((r) => r.tenant_id === jinfeng)).toBe(true);
    }
    const members = await json("memberships");
    expect(members.map((m) => m.username).sort()).toEqual(["jinfeng.admin", "jinfeng.leader", "jinfeng.reporter", "jinfeng.staff"]);
    expect(members.some((m) => "password_hash" in m)).toBe(false);

    const evidence = Object.keys(zip.files).filter((name) => name.startsWith("佐证材料/"));
    expect(evidence).toEqual([`佐证材料/${own.id}-金凤佐证.pdf`]);
    expect(await zip.file(evidence[0]!)!.async("uint8array")).toEqual(pdf("jinfeng"));
    expect(Object.keys(zip.files).some((name) => name.includes(foreign.id))).toBe(false);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await zip.file("数据总表.xlsx")!.async("uint8array")) as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet("任务")!.actualRowCount).toBe((await json("tasks")).length + 1);
    expect(await zip.file("说明.txt")!.async("string")).toContain("佐证文件：1 个");
  });

  it("covers every tenant table, or says why one is left out", async () => {
    const tables = await ownerDb().$queryRaw<{ table: string }[]>`
      SELECT DISTINCT table_name AS table FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id' ORDER BY 1`;
    const decided = new Set([...EXPORT_TABLES.map((t) => t.table), ...Object.keys(NOT_EXPORTED)]);
    expect(tables.map((t) => t.table).filter((t) => !decided.has(t))).toEqual([]);
  });
});
