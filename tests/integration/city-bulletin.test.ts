// A city's bulletin (通报) ranking its districts for a calendar quarter, read
// back from the .docx its route writes. A city of four districts built here,
// every number counted by hand; "today" is 2026-04-20 (China), so the default
// quarter is 2026Q1 (2026-01-01 – 2026-03-31).
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getCityBulletinDocx } from "@/app/api/v1/city/bulletin.docx/route";
import type { SlotStatus, TaskStatus } from "@/lib/generated/prisma/enums";
import { readDocx } from "@/tests/support/docx-read";
import { ownerDb, signInAs, signOut } from "@/tests/support/db";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const NOW = new Date("2026-04-20T04:00:00Z");
const suffix = randomUUID().slice(0, 6);

/**
 * 甲区 slots due in Q1: 2, both on time (one at 23:59:59 Beijing on its due date)   tasks 1/2 done, red 1 (due 04-01)
 * 乙区 slots due in Q1: 2, one on time, one open (overdue); a Q2 slot doesn't count  tasks 1/2 (销号), yellow 1 (due in 5 days)
 * 丙县 slots due in Q1: 1, submitted a day late                                      tasks 0/1 (no due date: no light)
 * 丁区 nothing                                                                        —
 * Another city's district (with overdue slots) never appears.
 */
async function buildCity() {
  const db = ownerDb();
  const city = await db.tenant.create({ data: { code: `jc${suffix}`, name: "金城市教育局", kind: "city" } });
  const viewer = await db.user.create({ data: { username: `jc${suffix}.viewer`, displayName: "市级查看", passwordHash: "unused" } });
  await db.membership.create({ data: { tenantId: city.id, userId: viewer.id, role: "city_viewer" } });
  const other = await db.tenant.create({ data: { code: `oc${suffix}`, name: "外市教育局", kind: "city" } });

  const district = async (code: string, name: string, parentId: string) => {
    const t = await db.tenant.create({ data: { code: `${code}${suffix}`, name, kind: "bureau", parentId } });
    const plan = await db.plan.create({ data: { tenantId: t.id, title: `${name}工作要点`, startYear: 2026, endYear: 2026 } });
    const section = await db.section.create({ data: { tenantId: t.id, planId: plan.id, title: "一、总则", position: 1 } });
    const unit = await db.orgUnit.create({ data: { tenantId: t.id, name: "办公室", kind: "department" } });
    const period = await db.reportingPeriod.create({
      data: { tenantId: t.id, planId: plan.id, label: "2026年第1季度", startsOn: day("2026-01-01"), endsOn: day("2026-03-31"), dueOn: day("2026-03-31") },
    });
    let n = 0;
    const task = async (status: TaskStatus, opts: { due?: string; closed?: boolean } = {}) => {
      n++;
      return db.task.create({
        data: {
          tenantId: t.id,
          planId: plan.id,
          sectionId: section.id,
          number: n,
          position: n,
          title: `任务${n}`,
          status,
          dueDate: opts.due ? day(opts.due) : null,
          closedAt: opts.closed ? new Date("2026-03-01T00:00:00Z") : null,
        },
      });
    };
    const slot = async (taskId: string, dueOn: string, status: SlotStatus, submittedAt?: string) => {
      const s = await db.reportSlot.create({
        data: { tenantId: t.id, periodId: period.id, taskId, orgUnitId: unit.id, unitRole: "lead", dueOn: day(dueOn), status },
      });
      if (submittedAt)
        await db.report.create({
          data: { tenantId: t.id, slotId: s.id, status: status === "approved" ? "approved" : "submitted", submittedAt: new Date(submittedAt) },
        });
    };
    return { task, slot };
  };

  const jia = await district("jia", "甲区教育局", city.id);
  const j1 = await jia.task("completed");
  const j2 = await jia.task("in_progress", { due: "2026-04-01" });
  await jia.slot(j1.id, "2026-03-31", "submitted", "2026-03-31T15:59:59Z");
  await jia.slot(j2.id, "2026-03-31", "approved", "2026-03-20T02:00:00Z");

  const yi = await district("yi", "乙区教育局", city.id);
  const y1 = await yi.task("in_progress", { closed: true });
  const y2 = await yi.task("in_progress", { due: "2026-04-25" });
  await yi.slot(y1.id, "2026-01-10", "submitted", "2026-01-09T02:00:00Z");
  await yi.slot(y2.id, "2026-03-31", "open");
  const y3 = await yi.task("not_started");
  await yi.slot(y3.id, "2026-04-05", "open"); // due in Q2

  const bing = await district("bing", "丙县教育体育局", city.id);
  const b1 = await bing.task("not_started");
  await bing.slot(b1.id, "2026-03-31", "submitted", "2026-03-31T16:00:00Z"); // 00:00 Beijing on 04-01: late

  await district("ding", "丁区教育局", city.id);

  const foreign = await district("wai", "外区教育局", other.id);
  const f1 = await foreign.task("delayed", { due: "2026-02-01" });
  await foreign.slot(f1.id, "2026-03-31", "open");
}

beforeAll(buildCity);
afterEach(() => {
  vi.useRealTimers();
});

async function download(username: string, query = "") {
  await signInAs(username);
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
  const response = await getCityBulletinDocx(new Request(`http://localhost/api/v1/city/bulletin.docx${query}`), { params: Promise.resolve({}) });
  vi.useRealTimers();
  return response;
}

describe("a city's bulletin, read back from the .docx", () => {
  it("defaults to the last complete quarter and ranks the city's own districts", async () => {
    const response = await download(`jc${suffix}.viewer`);
    expect(response.status).toBe(200);
    const doc = await readDocx(new Uint8Array(await response.arrayBuffer()));
    expect(doc.paragraphs[0]).toBe("金教督通〔2026〕1号");
    expect(doc.paragraphs).toContain("关于2026年第一季度各区县教育督查工作推进情况的通报");
    const [table] = doc.tables;
    expect(table![0]).toEqual(["排名", "区县", "应报", "按时报送", "按时报送率", "任务数", "完成率", "逾期数", "红灯", "黄灯"]);
    expect(table!.slice(1)).toEqual([
      ["1", "甲区教育局", "2", "2", "100%", "2", "50%", "0", "1", "0"],
      ["2", "乙区教育局", "2", "1", "50%", "3", "33.3%", "1", "0", "1"],
      ["3", "丙县教育体育局", "1", "0", "0%", "1", "0%", "0", "0", "0"],
      ["4", "丁区教育局", "0", "0", "—", "0", "—", "0", "0", "0"],
    ]);
    const body = doc.paragraphs.join("\n");
    expect(body).toContain("4个区县应报送5份，按时报送3份，按时报送率60%；截至2026年4月20日，逾期未报1份。");
    expect(body).not.toContain("外区");
    expect(doc.paragraphs.at(-2)).toBe("金城市教育局");
  });

  it("reports on the quarter asked for: in 2026Q2 only 乙区's slot due 04-05 is due, and overdue; a district with nothing due ranks after any rate", async () => {
    const doc = await readDocx(new Uint8Array(await (await download(`jc${suffix}.viewer`, "?quarter=2026Q2")).arrayBuffer()));
    expect(doc.paragraphs[0]).toBe("金教督通〔2026〕2号");
    expect(doc.paragraphs).toContain("关于2026年第二季度各区县教育督查工作推进情况的通报");
    expect(doc.tables[0]!.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[7]])).toEqual([
      ["1", "乙区教育局", "1", "0", "1"],
      ["2", "甲区教育局", "0", "0", "0"],
      ["3", "丙县教育体育局", "0", "0", "0"],
      ["4", "丁区教育局", "0", "0", "0"],
    ]);
  });

  it("a malformed quarter is a 400 in Chinese; a bureau user is refused; no session is 401", async () => {
    for (const bad of ["2026Q5", "2026-3", "q3"]) {
      const response = await download(`jc${suffix}.viewer`, `?quarter=${bad}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toContain("季度格式不正确");
    }
    expect((await download("jinfeng.staff")).status).toBe(403);
    signOut();
    expect((await getCityBulletinDocx(new Request("http://localhost/api/v1/city/bulletin.docx"), { params: Promise.resolve({}) })).status).toBe(401);
  });
});
