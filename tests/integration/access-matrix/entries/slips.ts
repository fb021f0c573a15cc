// Access-matrix entries of 督办单 (lib/supervision/slips): issuing, replying
// and the .docx / .pdf download. The slips they aim at are made by the runner
// (slips.test.ts → prepareSlipFixtures) once the world is built, one per side,
// to the demo reporter's unit on a task that names it; the ghost has none, so
// its ids are fresh ones.
import { randomUUID } from "node:crypto";
import { ownerDb } from "@/tests/support/db";
import type { Table } from "../expectations";
import { ATTACKER, VICTIM, type Side } from "../world";

interface SlipFixture {
  taskId: string;
  slipId: string;
}

const FIXTURES = new Map<string, SlipFixture>();

/** The side's fixture, or fresh ids for the ghost (a tenant with no slips). */
const of = (side: Side): SlipFixture => FIXTURES.get(side.tenantId) ?? { taskId: randomUUID(), slipId: randomUUID() };

/**
 * The main plan's first task, naming the demo reporter's unit as lead, and an
 * unanswered slip to that unit, in the attacker's and the victim's bureau.
 * Runs before the matrix's world is built, so its first fingerprint includes them.
 */
export async function prepareSlipFixtures(): Promise<void> {
  const db = ownerDb();
  for (const { code, mainPlan } of [ATTACKER, VICTIM]) {
    const reporter = await db.membership.findFirstOrThrow({ where: { user: { username: `${code}.reporter` } } });
    const tenantId = reporter.tenantId;
    const orgUnitId = reporter.orgUnitId!;
    const plan = (await db.plan.findMany({ where: { tenantId } })).find((p) => mainPlan.test(p.title))!;
    const task = await db.task.findFirstOrThrow({ where: { tenantId, planId: plan.id }, orderBy: { position: "asc" } });
    await db.taskUnit.upsert({
      where: { tenantId_taskId_orgUnitId_role: { tenantId, taskId: task.id, orgUnitId, role: "lead" } },
      create: { tenantId, taskId: task.id, orgUnitId, role: "lead" },
      update: {},
    });
    // Year 2099: clear of the demo's slips and of the numbers the issue action takes this year.
    const slip = await db.supervisionSlip.create({
      data: { tenantId, taskId: task.id, orgUnitId, year: 2099, number: 1, level: "yellow", body: "【矩阵】请说明进度", replyBy: new Date("2099-12-31") },
    });
    FIXTURES.set(tenantId, { taskId: task.id, slipId: slip.id });
  }
}

const fileRequest = (id: string) => ({ url: `/api/v1/slips/${id}.docx`, params: { file: `${id}.docx` } });

export const SLIPS: Table = {
  actions: {
    "lib/supervision/slips/actions.ts#issueSlipAction": {
      permission: "supervision:manage",
      input: ({ target }) => ({ taskId: of(target).taskId, orgUnitId: target.reporterUnitId, level: "red", body: "【矩阵】请加快推进", replyBy: "2099-12-31" }),
      mixed: {
        "own task, target's unit": ({ own, target }) => ({
          taskId: of(own).taskId,
          orgUnitId: target.reporterUnitId,
          level: "red",
          body: "【矩阵】请加快推进",
          replyBy: "2099-12-31",
        }),
      },
      success: { as: "staff", changes: ["supervision_slips", "supervision_events", "inbox_messages"] },
    },
    "lib/supervision/slips/actions.ts#replySlipAction": {
      permission: "supervision:respond",
      input: ({ target }) => ({ slipId: of(target).slipId, reply: "【矩阵】已按要求推进" }),
      success: { as: "reporter", changes: ["supervision_slips", "supervision_events", "inbox_messages"] },
    },
  },
  routes: {
    "GET /api/v1/slips/[file]": {
      kind: "tenant",
      permission: "slips:read",
      request: ({ target }) => fileRequest(of(target).slipId),
      success: { as: "reporter" },
    },
  },
};
