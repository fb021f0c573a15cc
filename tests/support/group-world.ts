// A bureau whose plan has a task assigned to a group unit (各中小学校、幼儿园)
// and `schools` schools with a reporter each for the first two, for the group
// units' tests. Written as the owner: only the set-up, never what is tested.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface GroupWorld {
  tenantId: string;
  planId: string;
  groupTaskId: string;
  /** A second task, assigned to a group with no members yet (各幼儿园). */
  emptyGroupTaskId: string;
  groupId: string;
  emptyGroupId: string;
  departmentId: string;
  schoolIds: string[];
  reporterA: string;
  reporterB: string;
}

export async function createGroupWorld(db: PrismaClient, code: string, schools: number, year = new Date().getUTCFullYear()): Promise<GroupWorld> {
  const tenant = await db.tenant.findUniqueOrThrow({ where: { code } });
  const tenantId = tenant.id;
  const unit = async (name: string, kind: "group" | "department") =>
    (await db.orgUnit.findFirst({ where: { tenantId, name } })) ?? db.orgUnit.create({ data: { tenantId, name, kind } });
  const group = await unit("各中小学校、幼儿园", "group");
  const emptyGroup = await unit("各幼儿园", "group");
  const department = await unit("基础教育科", "department");
  await db.orgUnit.createMany({
    data: Array.from({ length: schools }, (_, i) => ({ tenantId, name: `金凤区第${String(i + 1).padStart(3, "0")}小学`, kind: "school" as const })),
  });
  const schoolIds = (await db.orgUnit.findMany({ where: { tenantId, kind: "school" }, orderBy: { name: "asc" }, select: { id: true } })).map((u) => u.id);
  const plan = await db.plan.create({
    data: { tenantId, title: "群体单位填报测试计划", startYear: year - 1, endYear: year + 1, reportingFrequency: "quarterly" },
  });
  const section = await db.section.create({ data: { tenantId, planId: plan.id, position: 1, title: "一、全面提升办学质量" } });
  const task = (n: number, title: string) => db.task.create({ data: { tenantId, planId: plan.id, sectionId: section.id, number: n, position: n, title } });
  const groupTask = await task(1, "落实“双减”，各校每学期报送作业管理情况");
  const emptyGroupTask = await task(2, "各幼儿园开展入园安全自查");
  await db.taskUnit.createMany({
    data: [
      { tenantId, taskId: groupTask.id, orgUnitId: group.id, role: "lead" },
      { tenantId, taskId: groupTask.id, orgUnitId: department.id, role: "responsible" },
      { tenantId, taskId: emptyGroupTask.id, orgUnitId: emptyGroup.id, role: "lead" },
    ],
  });
  const reporter = async (username: string, orgUnitId: string) => {
    const user = await db.user.create({ data: { username, displayName: username, passwordHash: "not-a-hash" } });
    await db.membership.create({ data: { tenantId, userId: user.id, role: "unit_reporter", orgUnitId } });
    return username;
  };
  return {
    tenantId,
    planId: plan.id,
    groupTaskId: groupTask.id,
    emptyGroupTaskId: emptyGroupTask.id,
    groupId: group.id,
    emptyGroupId: emptyGroup.id,
    departmentId: department.id,
    schoolIds,
    reporterA: await reporter(`${code}.school-a`, schoolIds[0]!),
    reporterB: await reporter(`${code}.school-b`, schoolIds[1]!),
  };
}
