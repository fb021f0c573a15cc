// The plan's briefing (简报): one page to print or send as PDF — headline
// figures, indicators against their path, and the tasks behind. The screen
// shows it as a sheet with two buttons; print hides the app header (layout),
// the buttons and the backgrounds' decoration, keeps rows whole, prints black.
import Link from "next/link";
import { JudgementBadge } from "@/components/dashboard/judgement-badge";
import { PrintButton } from "@/components/briefing/print-button";
import { requireTenantSession } from "@/lib/auth/guards";
import { getBriefing } from "@/lib/briefing/get-briefing";
import type { TaskBehind } from "@/lib/briefing/tasks-behind";
import type { IndicatorProgress } from "@/lib/dashboard/indicator-progress";
import { withTenant } from "@/lib/db/tenant-scope";
import { idOr404, orNotFound } from "@/lib/http/not-found";
import { type Judgement, JUDGEMENT_LABELS, JUDGEMENT_ORDER, PLAN_KIND_LABELS, TASK_STATUS_LABELS, TASK_STATUSES, UNIT_ROLE_LABELS } from "@/lib/vocabulary";
import { formatBaseline, formatDate, formatNumber, formatPeriod, formatShare, formatTarget, SUMMARY_DECIMALS } from "@/lib/format";
import { todayInChina } from "@/lib/reports/periods";

export const metadata = { title: "简报" };

const BUTTON = "inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-700 hover:bg-slate-50";
const CHINA_DATE = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "long", day: "numeric" });
const CHINA_TIME = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "medium", timeStyle: "short", hourCycle: "h23" });
const TH = "px-2 py-1.5 text-left font-medium";
const TD = "px-2 py-1.5 align-top";

export default async function PlanBriefingPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireTenantSession("plans:read");
  const id = idOr404((await params).id);
  const now = new Date();
  const briefing = await orNotFound(withTenant(session, (tx) => getBriefing(tx, session.tenant.tenantId, id, todayInChina(now)), { readOnly: true }));
  const { plan, headline, indicators, tasksBehind } = briefing;
  const counts = new Map<Judgement, number>();
  for (const i of indicators) counts.set(i.result.judgement, (counts.get(i.result.judgement) ?? 0) + 1);
  return (
    <div className="print:text-black print:**:text-black">
      {/* A4 with a printer's margin (the PDF route asks Chromium to honour it) on white paper, not the app's grey. */}
      <style>{"@page { size: A4; margin: 14mm 12mm; } @media print { body { background: #fff; } }"}</style>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2 print:hidden">
        <nav className="text-sm text-slate-500" aria-label="面包屑">
          <Link href="/plans" className="hover:underline">
            规划
          </Link>
          {" / "}
          <Link href={`/plans/${plan.id}`} className="hover:underline">
            {plan.title}
          </Link>
        </nav>
        <div className="flex gap-2">
          <PrintButton className={BUTTON} />
          <a href={`/api/v1/plans/${plan.id}/briefing.pdf`} className={BUTTON} download>
            下载 PDF
          </a>
        </div>
      </div>

      <article
        className="mx-auto max-w-[52rem] space-y-5 rounded-xl border border-slate-200 bg-white p-6 shadow-sm print:max-w-none print:rounded-none print:border-0 print:p-0 print:shadow-none"
        data-testid="briefing"
      >
        <header className="border-b-2 border-slate-800 pb-3">
          <p className="text-sm text-slate-500">{session.tenant.tenantName} · 工作简报</p>
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

        <section aria-labelledby="briefing-headline" className="break-inside-avoid" data-testid="briefing-headline">
          <h2 id="briefing-headline" className="mb-2 text-base font-semibold">
            一、总体进展
          </h2>
          <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4 print:grid-cols-4">
            <Figure
              label="完成率"
              value={formatShare(headline.completedShare)}
              sub={`已完成 ${headline.counts.completed}/${headline.counts.total} 项`}
              testId="brief-completed"
            />
            <Figure label="滞后任务" value={headline.counts.delayed} sub="项" alert={headline.counts.delayed > 0} testId="brief-delayed" />
            <Figure
              label="逾期未报"
              value={headline.overdueSlots}
              sub={`份，涉及 ${headline.overdueTasks} 项任务`}
              alert={headline.overdueSlots > 0}
              testId="brief-overdue"
            />
            <Figure label="任务总数" value={headline.counts.total} sub="项" testId="brief-total" />
          </dl>
          <p className="mt-2 text-sm text-slate-700" data-testid="brief-status">
            {TASK_STATUSES.map((s) => `${TASK_STATUS_LABELS[s]} ${headline.counts[s]} 项`).join("，")}。
          </p>
        </section>

        <section aria-labelledby="briefing-indicators" data-testid="briefing-indicators">
          <h2 id="briefing-indicators" className="mb-2 flex flex-wrap items-baseline justify-between gap-2 text-base font-semibold">
            <span>二、主要指标（{indicators.length}）</span>
            <span className="text-xs font-normal text-slate-600">
              {(Object.keys(JUDGEMENT_ORDER) as Judgement[]).map((j) => `${JUDGEMENT_LABELS[j]} ${counts.get(j) ?? 0}`).join(" · ")}
            </span>
          </h2>
          {indicators.length === 0 ? <p className="text-sm text-slate-500">本规划没有设定目标值的指标。</p> : <IndicatorTable indicators={indicators} />}
          <p className="mt-1 text-xs text-slate-500">只计审核通过的实际值；按基线到目标的直线进度判断，偏差在容差内为“正常”。</p>
        </section>

        <section aria-labelledby="briefing-behind" data-testid="briefing-behind">
          <h2 id="briefing-behind" className="mb-2 text-base font-semibold">
            三、滞后及逾期未报任务（{tasksBehind.length}）
          </h2>
          {tasksBehind.length === 0 ? <p className="text-sm text-slate-500">没有滞后或逾期未报的任务。</p> : <BehindTable tasks={tasksBehind} />}
        </section>
      </article>
    </div>
  );
}

function Figure({ label, value, sub, alert, testId }: { label: string; value: string | number; sub?: string; alert?: boolean; testId: string }) {
  return (
    <div className="rounded-lg border border-slate-300 px-3 py-2" data-testid={testId}>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd>
        <span className={`text-xl font-semibold tabular-nums ${alert ? "text-red-700" : ""}`} data-testid={`${testId}-value`}>
          {value}
        </span>
        {sub && <span className="ml-1 text-xs text-slate-500">{sub}</span>}
      </dd>
    </div>
  );
}

function IndicatorTable({ indicators }: { indicators: IndicatorProgress[] }) {
  return (
    <table className="w-full border-collapse text-sm">
      <thead className="border-y border-slate-400 bg-slate-50 text-xs text-slate-600">
        <tr>
          <th scope="col" className={TH}>
            指标
          </th>
          <th scope="col" className={`${TH} whitespace-nowrap`}>
            基线
          </th>
          <th scope="col" className={`${TH} whitespace-nowrap`}>
            最新（已审核）
          </th>
          <th scope="col" className={`${TH} whitespace-nowrap`}>
            目标
          </th>
          <th scope="col" className={`${TH} whitespace-nowrap`}>
            判断
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {indicators.map((item) => {
          const unit = item.unit ?? "";
          return (
            <tr key={item.id} className="break-inside-avoid" data-testid="brief-indicator">
              <td className={TD}>
                <span className="break-words">{item.name}</span>
                {item.task && <span className="block text-xs text-slate-500">任务 {item.task.number}</span>}
              </td>
              <td className={`${TD} tabular-nums`}>{formatBaseline(item.baselineValue, item.baselineYear, unit)}</td>
              <td className={`${TD} tabular-nums`}>
                {item.latest ? `${formatNumber(item.latest.value, SUMMARY_DECIMALS)}${unit}（${formatDate(item.latest.asOf)}）` : "—"}
              </td>
              <td className={`${TD} tabular-nums`}>
                {formatTarget(item)}
                {item.targetYear ? `（${item.targetYear}年）` : ""}
              </td>
              <td className={TD}>
                <JudgementBadge judgement={item.result.judgement} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function BehindTable({ tasks }: { tasks: TaskBehind[] }) {
  return (
    <table className="w-full border-collapse text-sm">
      <thead className="border-y border-slate-400 bg-slate-50 text-xs text-slate-600">
        <tr>
          <th scope="col" className={`${TH} whitespace-nowrap`}>
            序号
          </th>
          <th scope="col" className={TH}>
            任务
          </th>
          <th scope="col" className={`${TH} whitespace-nowrap`}>
            状态
          </th>
          <th scope="col" className={TH}>
            责任领导
          </th>
          <th scope="col" className={TH}>
            牵头/责任单位
          </th>
          <th scope="col" className={`${TH} whitespace-nowrap`}>
            逾期未报
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {tasks.map((t) => (
          <tr key={t.id} className="break-inside-avoid" data-testid="brief-task">
            <td className={`${TD} tabular-nums`}>{t.number}</td>
            <td className={TD}>
              <Link href={`/tasks/${t.id}`} className="break-words hover:underline">
                {t.title}
              </Link>
            </td>
            <td className={`${TD} whitespace-nowrap ${t.status === "delayed" ? "font-semibold text-red-700" : ""}`}>
              {TASK_STATUS_LABELS[t.status]}
              <span className="block text-xs font-normal text-slate-500">进度 {t.progress}%</span>
            </td>
            <td className={TD}>{t.leaders.length > 0 ? t.leaders.join("、") : <span className="text-slate-500">未明确</span>}</td>
            <td className={TD}>
              {t.units.length > 0 ? t.units.map((u) => `${u.name}（${UNIT_ROLE_LABELS[u.role]}）`).join("、") : <span className="text-slate-500">未明确</span>}
            </td>
            <td className={`${TD} whitespace-nowrap tabular-nums`}>
              {t.overdueSlots > 0 ? (
                <>
                  {t.overdueSlots} 份<span className="block text-xs text-slate-500">最早应报 {formatDate(t.overdueSince)}</span>
                </>
              ) : (
                "—"
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
