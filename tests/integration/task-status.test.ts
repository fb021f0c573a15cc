import { describe, expect, it } from "vitest";
import { updateTaskStatusAction } from "@/lib/tasks/actions";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";

async function aTask(code: string) {
  return ownerDb().task.findFirstOrThrow({ where: { tenantId: await tenantIdOf(code) }, orderBy: { position: "asc" } });
}

describe("task status", () => {
  it("staff set status, progress and planned date; every change is history with who and when", async () => {
    const task = await aTask("helan");
    await signInAs("helan.staff");
    expect(
      await updateTaskStatusAction(null, {
        taskId: task.id,
        status: "in_progress",
        progress: "30",
        dueDate: "2027-06-30",
        note: "已启动",
        version: task.version,
      }),
    ).toMatchObject({ ok: true });
    expect(await updateTaskStatusAction(null, { taskId: task.id, status: "delayed", progress: 35, dueDate: "", version: task.version + 1 })).toMatchObject({
      ok: true,
    });
    const after = await ownerDb().task.findUniqueOrThrow({ where: { id: task.id } });
    expect([after.status, after.progress, after.dueDate, after.version]).toEqual(["delayed", 35, null, task.version + 2]);
    const events = await ownerDb().taskStatusEvent.findMany({ where: { taskId: task.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.fromProgress, e.toProgress, e.note])).toEqual([
      ["not_started", "in_progress", 0, 30, "已启动"],
      ["in_progress", "delayed", 30, 35, null],
    ]);
    const staff = await ownerDb().user.findUniqueOrThrow({ where: { username: "helan.staff" } });
    expect(events.every((e) => e.actorUserId === staff.id)).toBe(true);
  });

  it("the second of two staff saving the same task is refused and shown the first one's change", async () => {
    const task = await aTask("huiji");
    await signInAs("huiji.staff");
    expect(await updateTaskStatusAction(null, { taskId: task.id, status: "completed", progress: 100, version: task.version })).toMatchObject({ ok: true });
    await signInAs("huiji.admin");
    const second = await updateTaskStatusAction(null, { taskId: task.id, status: "paused", progress: 10, version: task.version });
    expect(second).toMatchObject({ ok: false, conflict: { status: "completed", progress: 100, by: "惠济区教育局工作人员" } });
    expect(second.ok ? "" : second.message).toContain("已完成，进度 100%");
    expect((await ownerDb().task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("completed");
  });

  it("bad input is refused in Chinese and changes nothing; leaders, reporters and other tenants cannot write", async () => {
    const task = await aTask("jinfeng");
    await signInAs("jinfeng.staff");
    expect(await updateTaskStatusAction(null, { taskId: task.id, status: "in_progress", progress: -1, version: task.version })).toMatchObject({
      ok: false,
      fieldErrors: { progress: ["进度不能为负数"] },
    });
    expect(await updateTaskStatusAction(null, { taskId: task.id, status: "done", progress: 10, version: task.version })).toMatchObject({
      ok: false,
      fieldErrors: { status: ["请选择状态"] },
    });
    for (const username of ["jinfeng.leader", "jinfeng.reporter", "yinchuan.viewer"]) {
      await signInAs(username);
      expect(await updateTaskStatusAction(null, { taskId: task.id, status: "completed", progress: 100, version: task.version })).toMatchObject({
        ok: false,
        message: "您没有执行此操作的权限",
      });
    }
    await signInAs("xingqing.admin");
    expect(await updateTaskStatusAction(null, { taskId: task.id, status: "completed", progress: 100, version: task.version })).toMatchObject({
      ok: false,
      message: "任务不存在或无权访问",
    });
    const after = await ownerDb().task.findUniqueOrThrow({ where: { id: task.id } });
    expect([after.status, after.progress, after.version]).toEqual([task.status, task.progress, task.version]);
    expect(await ownerDb().taskStatusEvent.count({ where: { taskId: task.id } })).toBe(0);
  });
});
