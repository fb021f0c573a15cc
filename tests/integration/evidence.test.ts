// Evidence a reviewer can see (decision 0031): an iPhone's HEIC photo is
// stored as a JPEG of the same picture; the preview route shows images and
// PDFs in the browser and nothing else, to the same people as the download;
// a task's gallery lists its files across units and periods, newest first,
// and a unit reporter only their own unit's.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as viewRoute } from "@/app/api/v1/attachments/[id]/view/route";
import { readTenant } from "@/lib/db/tenant-scope";
import { HEIC_MESSAGES } from "@/lib/files/messages";
import { uploadAttachmentAction } from "@/lib/reports/actions";
import { listTaskEvidence } from "@/lib/reports/queries/task-evidence";
import { ownerDb, signInAs, storedFile } from "@/tests/support/db";
import { HEIC_PHOTO, HEIC_QUADRANTS, HEIC_SIZE, jpegPhoto, PDF_DOC, quadrantColours } from "@/tests/support/evidence-files";
import { wordPlan } from "@/tests/support/office-archives";
import { openPeriodFor, tenantSessionOf } from "@/tests/support/reporting";

process.env.EDUPLAN_UPLOAD_DIR ??= `/tmp/eduplan-it-uploads-${randomUUID()}`;

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Two slots of one task in the open period: the demo reporter's unit's and another unit's. */
let own: { id: string; taskId: string };
let other: { id: string; taskId: string };
let otherUnitName: string;
const ids = {} as Record<"heic" | "jpeg" | "pdf" | "docx" | "otherUnit" | "foreignTenant", string>;

async function upload(slotId: string, name: string, bytes: Uint8Array, type: string) {
  const form = new FormData();
  form.set("slotId", slotId);
  form.set("file", new File([new Uint8Array(bytes)], name, { type }));
  return uploadAttachmentAction(form);
}

async function uploaded(slotId: string, name: string, bytes: Uint8Array, type: string) {
  const result = await upload(slotId, name, bytes, type);
  if (!result.ok) throw new Error(`${name}: ${result.message}`);
  return result.data;
}

const view = (id: string, headers: Record<string, string> = {}) =>
  viewRoute(new Request(`http://localhost/api/v1/attachments/${id}/view`, { headers }), { params: Promise.resolve({ id }) });

beforeAll(async () => {
  const { periodId, tenantId } = await openPeriodFor("jinfeng", /教育工作要点/);
  const unitId = (await ownerDb().membership.findFirstOrThrow({ where: { user: { username: "jinfeng.reporter" } } })).orgUnitId!;
  const slots = await ownerDb().reportSlot.findMany({ where: { tenantId, periodId }, include: { orgUnit: true }, orderBy: { createdAt: "asc" } });
  const ownSlots = slots.filter((s) => s.orgUnitId === unitId);
  const shared = ownSlots.map((o) => [o, slots.find((s) => s.taskId === o.taskId && s.orgUnitId !== unitId)] as const).find(([, s]) => s)!;
  [own, other] = [shared[0], shared[1]!];
  otherUnitName = shared[1]!.orgUnit.name;

  // Staff attach a file to the other unit's report first: the oldest in the gallery.
  await signInAs("jinfeng.staff");
  ids.otherUnit = (await uploaded(other.id, "乙单位签到表.jpg", jpegPhoto(), "image/jpeg")).id;
  await signInAs("jinfeng.reporter");
  ids.jpeg = (await uploaded(own.id, "现场照片.jpg", jpegPhoto(), "image/jpeg")).id;
  ids.pdf = (await uploaded(own.id, "会议纪要.pdf", PDF_DOC, "application/pdf")).id;
  ids.docx = (await uploaded(own.id, "实施方案.docx", wordPlan(1, 0), DOCX)).id;

  const helan = await openPeriodFor("helan", /质量提升/);
  const helanSlot = await ownerDb().reportSlot.findFirstOrThrow({ where: { tenantId: helan.tenantId, periodId: helan.periodId } });
  await signInAs("helan.staff");
  ids.foreignTenant = (await uploaded(helanSlot.id, "贺兰照片.jpg", jpegPhoto(), "image/jpeg")).id;
});

describe("a HEIC photo uploaded as evidence", () => {
  it("is stored as a JPEG of the same picture, named .jpg, with its real size", async () => {
    await signInAs("jinfeng.reporter");
    const data = await uploaded(own.id, "IMG_0001.HEIC", HEIC_PHOTO, "image/heic");
    ids.heic = data.id;
    expect(data).toMatchObject({ fileName: "IMG_0001.jpg", contentType: "image/jpeg" });
    const row = await ownerDb().attachment.findUniqueOrThrow({ where: { id: data.id } });
    const stored = (await storedFile(row.storageKey))!;
    expect(row.sizeBytes).toBe(stored.byteLength);
    const decoded = quadrantColours(stored);
    expect({ width: decoded.width, height: decoded.height }).toEqual(HEIC_SIZE);
    decoded.colours.forEach((rgb, q) => rgb.forEach((v, c) => expect(Math.abs(v - HEIC_QUADRANTS[q]![c]!)).toBeLessThanOrEqual(24)));
  });

  it("that is broken is refused in Chinese, and nothing is stored", async () => {
    await signInAs("jinfeng.reporter");
    const before = await ownerDb().attachment.count();
    expect(await upload(own.id, "IMG_0002.heic", HEIC_PHOTO.slice(0, 300), "image/heic")).toMatchObject({
      ok: false,
      message: HEIC_MESSAGES.unreadable,
      fieldErrors: { file: [HEIC_MESSAGES.unreadable] },
    });
    expect(await ownerDb().attachment.count()).toBe(before);
  });
});

describe("the preview route", () => {
  it("shows an image in place: its detected type, inline, nosniff, and 304 once the browser has it", async () => {
    await signInAs("jinfeng.staff");
    const response = await view(ids.jpeg);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    expect(response.headers.get("content-disposition")).toMatch(/^inline; filename="download\.jpg"; filename\*=UTF-8''%E7%8E%B0/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    expect([...new Uint8Array(await response.arrayBuffer()).subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const again = await view(ids.jpeg, { "if-none-match": response.headers.get("etag")! });
    expect(again.status).toBe(304);
    expect(await again.arrayBuffer()).toHaveProperty("byteLength", 0);
  });

  it("opens a PDF in the browser's own viewer, and sends anything else as the download it always was", async () => {
    await signInAs("jinfeng.leader");
    const pdf = await view(ids.pdf);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toMatch(/^inline;/);
    expect(pdf.headers.get("x-content-type-options")).toBe("nosniff");
    const docx = await view(ids.docx);
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toBe(DOCX);
    expect(docx.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(docx.headers.get("etag")).toBeNull();
  });

  it("answers 404 for another unit's file to a reporter, and for another bureau's file to anyone, like a missing one", async () => {
    await signInAs("jinfeng.reporter");
    expect((await view(ids.heic)).status).toBe(200);
    expect((await view(ids.otherUnit)).status).toBe(404);
    await signInAs("jinfeng.staff");
    expect((await view(ids.otherUnit)).status).toBe(200);
    const foreign = await view(ids.foreignTenant);
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).toBe(await (await view(randomUUID())).text());
  });
});

describe("a task's evidence gallery", () => {
  it("lists every unit's files to the bureau, newest first, with period, unit and size, a page at a time", async () => {
    const staff = await tenantSessionOf("jinfeng.staff");
    const all = await readTenant(staff, (tx) => listTaskEvidence(tx, staff, own.taskId, { page: 1, pageSize: 20 }));
    expect(all.items.map((e) => e.fileName)).toEqual(["IMG_0001.jpg", "实施方案.docx", "会议纪要.pdf", "现场照片.jpg", "乙单位签到表.jpg"]);
    expect(all.total).toBe(5);
    expect(all.items.at(-1)).toMatchObject({ unitName: otherUnitName, contentType: "image/jpeg", slotId: other.id, reportStatus: "draft" });
    expect(all.items[0]!.periodLabel).toBeTruthy();
    expect(all.items[0]!.sizeBytes).toBeGreaterThan(0);
    const second = await readTenant(staff, (tx) => listTaskEvidence(tx, staff, own.taskId, { page: 2, pageSize: 2 }));
    expect(second).toMatchObject({ total: 5, page: 2, pageCount: 3 });
    expect(second.items.map((e) => e.fileName)).toEqual(["会议纪要.pdf", "现场照片.jpg"]);
  });

  it("shows a unit reporter only their own unit's files, and another bureau nothing", async () => {
    const reporter = await tenantSessionOf("jinfeng.reporter");
    const mine = await readTenant(reporter, (tx) => listTaskEvidence(tx, reporter, own.taskId, { page: 1, pageSize: 20 }));
    expect(mine.items.map((e) => e.fileName)).toEqual(["IMG_0001.jpg", "实施方案.docx", "会议纪要.pdf", "现场照片.jpg"]);
    expect(mine.total).toBe(4);
    const helan = await tenantSessionOf("helan.staff");
    const foreign = await readTenant(helan, (tx) => listTaskEvidence(tx, helan, own.taskId, { page: 1, pageSize: 20 }));
    expect(foreign).toMatchObject({ items: [], total: 0 });
  });
});
