// The read-only JSON API, called through its route handlers with a real
// session lookup, permissions and RLS (only the cookie is faked).
import { describe, expect, it } from "vitest";
import { GET as getIndicators } from "@/app/api/v1/indicators/route";
import { GET as getPlan } from "@/app/api/v1/plans/[id]/route";
import { GET as listPlans } from "@/app/api/v1/plans/route";
import { GET as getTask } from "@/app/api/v1/tasks/[id]/route";
import { ownerDb, signInAs, signOut, tenantIdOf } from "@/tests/support/db";

const call = async (handler: typeof getPlan, url: string, params: Record<string, string> = {}) => {
  const response = await handler(new Request(`http://localhost${url}`), { params: Promise.resolve(params) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

async function planOf(code: string, title: RegExp) {
  const plans = await ownerDb().plan.findMany({ where: { tenantId: await tenantIdOf(code) } });
  return plans.find((p) => title.test(p.title))!;
}

describe("/api/v1", () => {
  it("answers 401 without a session", async () => {
    signOut();
    expect(await call(listPlans, "/api/v1/plans")).toEqual({ status: 401, body: { error: "登录已失效，请重新登录" } });
    const plan = await planOf("jinfeng", /教育工作要点/);
    expect((await call(getPlan, `/api/v1/plans/${plan.id}`, { id: plan.id })).status).toBe(401);
  });

  it("lists only the caller's plans with tenant code and period", async () => {
    await signInAs("jinfeng.staff");
    const { status, body } = await call(listPlans, "/api/v1/plans");
    expect(status).toBe(200);
    const plans = body.plans as { title: string; tenant: string; period: { startYear: number; endYear: number } }[];
    expect(plans.map((p) => p.title).sort()).toEqual(["金凤区教育党工委2022年党的建设工作要点", "金凤区教育局2022年教育工作要点"].sort());
    expect(plans.every((p) => p.tenant === "jinfeng" && p.period.startYear === 2022 && p.period.endYear === 2022)).toBe(true);
  });

  it("returns a plan in the parser's shape with ids and status fields", async () => {
    await signInAs("xingqing.leader");
    const plan = await planOf("xingqing", /十四五/);
    const { status, body } = await call(getPlan, `/api/v1/plans/${plan.id}`, { id: plan.id });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: plan.id, tenant: "xingqing", period: { startYear: 2021, endYear: 2025 } });
    const sections = body.sections as { id: string; title: string; sections: { tasks: { id: string; status: string; measures: string[] }[] }[] }[];
    const tasks = sections.flatMap((s) => s.sections.flatMap((c) => c.tasks));
    expect(tasks.length).toBe(19);
    expect(tasks[0]).toMatchObject({ status: "not_started", progress: 0 });
    expect(tasks[0]!.measures.length).toBeGreaterThan(0);
    const indicators = body.indicators as {
      origin: string;
      name: string;
      unit: string;
      baseline: { value: number; year: number };
      target: { value: number; year: number; comparator: string };
    }[];
    const inclusive = indicators.find((i) => i.origin === "table" && i.name === "普惠性学前教育覆盖率")!;
    expect(inclusive).toMatchObject({ unit: "%", baseline: { value: 85.2, year: 2020 }, target: { value: 86, year: 2025, comparator: ">=" } });

    const task = await call(getTask, `/api/v1/tasks/${tasks[0]!.id}`, { id: tasks[0]!.id });
    expect(task.status).toBe(200);
    expect(task.body).toMatchObject({ id: tasks[0]!.id, plan: { id: plan.id }, source: { line: expect.any(Number) } });
  });

  it("answers 404 for another tenant's ids exactly like for ids that do not exist", async () => {
    await signInAs("jinfeng.admin");
    const foreignPlan = await planOf("helan", /质量提升/);
    const foreignTask = await ownerDb().task.findFirstOrThrow({ where: { planId: foreignPlan.id } });
    const missing = "00000000-0000-4000-8000-000000000000";
    const notFound = { status: 404, body: { error: "记录不存在或无权访问" } };
    expect(await call(getPlan, `/api/v1/plans/${foreignPlan.id}`, { id: foreignPlan.id })).toEqual(notFound);
    expect(await call(getPlan, `/api/v1/plans/${missing}`, { id: missing })).toEqual(notFound);
    expect(await call(getPlan, "/api/v1/plans/not-a-uuid", { id: "not-a-uuid" })).toEqual(notFound);
    expect(await call(getTask, `/api/v1/tasks/${foreignTask.id}`, { id: foreignTask.id })).toEqual(notFound);
  });

  it("lists the caller's indicators, paginated, and rejects a bad query in Chinese", async () => {
    await signInAs("xingqing.staff");
    const { status, body } = await call(getIndicators, "/api/v1/indicators?pageSize=5");
    expect(status).toBe(200);
    expect((body.indicators as unknown[]).length).toBe(5);
    expect(body.total as number).toBeGreaterThan(9);
    const bad = await call(getIndicators, "/api/v1/indicators?pageSize=abc");
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/^查询参数有误/);
  });
});

describe("/api/v1 routes without dynamic segments", () => {
  it("work when Next passes no params object (as it does in production)", async () => {
    await signInAs("jinfeng.staff");
    const response = await listPlans(new Request("http://localhost/api/v1/plans"), undefined as never);
    expect(response.status).toBe(200);
  });
});
