// The publish controls' input (a form: an unticked box is absent).
import { z } from "zod";

const planId = z.uuid({ error: "规划不存在或无权访问" });
const ticked = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const publishPlanSchema = z.object({
  planId,
  showTasks: ticked,
  showProgress: ticked,
  showIndicators: ticked,
  showLeaders: ticked,
});
export type PublishPlanInput = z.output<typeof publishPlanSchema>;

export const unpublishPlanSchema = z.object({ planId });
export type UnpublishPlanInput = z.output<typeof unpublishPlanSchema>;
