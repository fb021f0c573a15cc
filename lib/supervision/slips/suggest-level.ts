// Which 督办单 level a task's 亮灯 suggests: red light (overdue) → 红,
// yellow because the deadline is near → 蓝, yellow because progress lags the
// straight line → 黄. A green, undated or finished task suggests nothing (staff
// may still issue one; the form then starts at 蓝, the mildest).
import type { SlipLevel } from "@/lib/generated/prisma/enums";
import type { LightResult } from "@/lib/supervision/light";

export function suggestSlipLevel(light: Pick<LightResult, "light" | "reason">): SlipLevel | null {
  if (light.light === "red") return "red";
  if (light.light === "yellow") return light.reason === "behind" ? "yellow" : "blue";
  return null;
}
