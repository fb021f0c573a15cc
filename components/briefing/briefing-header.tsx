// The briefing sheet's head: whose briefing, the plan, and as of when, in
// Beijing time whatever the server's zone.
import type { Briefing } from "@/lib/briefing/get-briefing";
import { formatPeriod } from "@/lib/format";
import { PLAN_KIND_LABELS } from "@/lib/vocabulary";

const CHINA_DATE = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "long", day: "numeric" });
const CHINA_TIME = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "medium", timeStyle: "short", hourCycle: "h23" });

export function BriefingHeader({ tenantName, plan, now }: { tenantName: string; plan: Briefing["plan"]; now: Date }) {
  return (
    <header className="border-b-2 border-slate-800 pb-3">
      <p className="text-sm text-slate-500">{tenantName} · 工作简报</p>
      <h1 className="mt-1 text-xl font-bold sm:text-2xl" data-testid="briefing-title">
        {plan.title}
      </h1>
      <p className="mt-1 text-sm text-slate-600">
        {[PLAN_KIND_LABELS[plan.kind], `实施期 ${formatPeriod(plan.startYear, plan.endYear)}`, plan.documentNumber ? `文号 ${plan.documentNumber}` : null]
          .filter(Boolean)
          .join(" · ")}
      </p>
      <p className="mt-1 text-xs text-slate-500">
        数据截至 {CHINA_DATE.format(now)}（北京时间） · 生成于 {CHINA_TIME.format(now)}
      </p>
    </header>
  );
}
