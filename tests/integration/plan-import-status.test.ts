// A 整改清单 states which rows are done (整改状态：已完成): they are imported
// done, with that first status change in the task's history under the name of
// whoever imported it, and the review can change a stated status before import.
import { describe, expect, it } from "vitest";
import { confirmPlanImportAction, previewPlanImportAction } from "@/lib/plans/import/actions";
import type { ParsedPlan } from "@/lib/plans/parser";
import { ownerDb, signInAs } from "@/tests/support/db";

const LIST = `测试区教育局巡察反馈问题整改清单（状态）

一、办学条件方面
1.专用教室不足
整改措施：改造闲置校舍。
责任单位：计财股
整改时限：2025年6月30日前
整改状态：已完成
2.培训经费不足
整改措施：足额安排培训经费。
整改时限：长期坚持
整改状态：整改中
3.食堂管理不规范
整改措施：建立食品安全台账。
整改状态：已完成
4.课后服务覆盖不足
整改措施：扩大覆盖面。
`;

async function preview(): Promise<{ parsed: ParsedPlan; sourceText: string }> {
  const form = new FormData();
  form.set("file", new File([new TextEncoder().encode(LIST)], "整改清单.txt", { type: "text/plain" }));
  const result = await previewPlanImportAction(null, form);
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

const withStatus = (plan: ParsedPlan, index: number, status: unknown) => ({
  ...plan,
  sections: plan.sections.map((s) => ({ ...s, tasks: s.tasks.map((t, i) => (i === index ? { ...t, status } : t)) })),
});

describe("a rectification list's stated status", () => {
  it("imports rows marked 已完成 as completed at 100 %, 整改中 as in progress, with the change in each task's history", async () => {
    const token = await signInAs("huiji.admin");
    const { parsed, sourceText } = await preview();
    expect(parsed.sections[0]!.tasks.map((t) => t.status ?? null)).toEqual(["completed", "in_progress", "completed", null]);

    // The reviewer knows task 3 is not finished after all.
    const bad = await confirmPlanImportAction(null, { plan: withStatus(parsed, 2, "done"), sourceText });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && JSON.stringify(bad.fieldErrors)).toContain("任务状态只能是“已完成”“推进中”或“滞后”");
    const result = await confirmPlanImportAction(null, { plan: withStatus(parsed, 2, undefined), sourceText });
    if (!result.ok) throw new Error(result.message);

    const tasks = await ownerDb().task.findMany({
      where: { planId: result.data.planId },
      orderBy: { position: "asc" },
      select: {
        title: true,
        status: true,
        progress: true,
        statusEvents: { select: { actorUserId: true, fromStatus: true, toStatus: true, toProgress: true, note: true } },
      },
    });
    expect(tasks.map((t) => [t.title, t.status, t.progress])).toEqual([
      ["专用教室不足", "completed", 100],
      ["培训经费不足", "in_progress", 0],
      ["食堂管理不规范", "not_started", 0],
      ["课后服务覆盖不足", "not_started", 0],
    ]);
    expect(tasks.map((t) => t.statusEvents)).toEqual([
      [{ actorUserId: token.userId, fromStatus: "not_started", toStatus: "completed", toProgress: 100, note: "导入时按文件标注的“已完成”设置" }],
      [{ actorUserId: token.userId, fromStatus: "not_started", toStatus: "in_progress", toProgress: 0, note: "导入时按文件标注的“推进中”设置" }],
      [],
      [],
    ]);
  });
});
