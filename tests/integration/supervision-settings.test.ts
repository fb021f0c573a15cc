// A bureau sets its own 亮灯 window; the task list's light filter follows it,
// counts and pages in SQL, and the change is audited.
import { beforeAll, describe, expect, it } from "vitest";
import { readTenant } from "@/lib/db/tenant-scope";
import { parseTaskListFilter } from "@/lib/plans/display/task-list-filter";
import { taskListHref } from "@/lib/plans/display/task-list-href";
import { listTasks } from "@/lib/plans/queries/list-tasks";
import { countTaskLights } from "@/lib/supervision/count-task-lights";
import { saveSupervisionSettingsAction } from "@/lib/supervision/settings-actions";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";
import { tenantSessionOf } from "@/tests/support/reporting";

const TODAY = new Date("2024-03-01T00:00:00Z");
const inDays = (n: number) => new Date(TODAY.getTime() + n * 86_400_000);

async function lightList(light: string, page = "1") {
  const session = await tenantSessionOf("jinfeng.staff");
  const filter = parseTaskListFilter({ light, page });
  return readTenant(session, (tx) => listTasks(tx, { tenantId: session.tenant.tenantId, userId: session.userId }, filter, TODAY));
}

describe("督办 settings and the light filter", () => {
  let dueIn10: string;
  beforeAll(async () => {
    // jinfeng's plans began in 2022: 25 tasks due within 3 days (yellow), one due in 10 days and on track.
    const tenantId = await tenantIdOf("jinfeng");
    const tasks = await ownerDb().task.findMany({ where: { tenantId }, orderBy: { position: "asc" }, take: 26 });
    await ownerDb().task.updateMany({
      where: { id: { in: tasks.slice(0, 25).map((t) => t.id) } },
      data: { dueDate: inDays(3), ongoing: false, progress: 90, status: "in_progress" },
    });
    dueIn10 = tasks[25]!.id;
    await ownerDb().task.update({ where: { id: dueIn10 }, data: { dueDate: inDays(10), ongoing: false, progress: 100, status: "in_progress" } });
  });

  it("lists only the tasks of one light, with a right total across pages", async () => {
    const first = await lightList("yellow");
    expect(first.total).toBe(25);
    expect(first.items.every((t) => t.light.light === "yellow")).toBe(true);
    const second = await lightList("yellow", "2");
    expect(first.items.length + second.items.length).toBe(25);
    expect((await lightList("green")).items.map((t) => t.id)).toContain(dueIn10);
    // The home page's figure and the list it links to (/tasks?light=yellow) count the same tasks.
    const session = await tenantSessionOf("jinfeng.staff");
    const counts = await readTenant(session, (tx) => countTaskLights(tx, session.tenant.tenantId, TODAY));
    expect(counts.yellow).toBe(first.total);
    expect(taskListHref({ light: "red" })).toBe("/tasks?light=red");
  });

  it("a bureau admin widens the window: a task due in 10 days turns yellow; the change is audited", async () => {
    await signInAs("jinfeng.admin");
    expect(await saveSupervisionSettingsAction(null, { dueSoonDays: "10", ackDays: "2" })).toMatchObject({ ok: true, message: "已保存督办设置" });
    const tenantId = await tenantIdOf("jinfeng");
    expect(await ownerDb().supervisionSettings.findUnique({ where: { tenantId } })).toMatchObject({ dueSoonDays: 10, ackDays: 2 });
    const audit = await ownerDb().auditEvent.findFirstOrThrow({ where: { tenantId, action: "supervision.settings" } });
    expect([audit.before, audit.after]).toEqual([
      { dueSoonDays: 7, ackDays: 3 },
      { dueSoonDays: 10, ackDays: 2 },
    ]);
    const yellow = await lightList("yellow");
    expect(yellow.total).toBe(26);
    expect(yellow.items.concat((await lightList("yellow", "2")).items).find((t) => t.id === dueIn10)?.light).toMatchObject({
      light: "yellow",
      reason: "due-soon",
    });
  });

  it("refuses days out of bounds with the field named, and staff cannot change them", async () => {
    await signInAs("jinfeng.admin");
    const refused = await saveSupervisionSettingsAction(null, { dueSoonDays: "0", ackDays: "31" });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { dueSoonDays: ["临近时限天数不能少于 1 天"], ackDays: ["签收时限天数不能超过 30 天"] } });
    await signInAs("jinfeng.staff");
    expect(await saveSupervisionSettingsAction(null, { dueSoonDays: "20", ackDays: "3" })).toMatchObject({ ok: false });
    expect(await ownerDb().supervisionSettings.findUnique({ where: { tenantId: await tenantIdOf("jinfeng") } })).toMatchObject({ dueSoonDays: 10 });
  });
});
