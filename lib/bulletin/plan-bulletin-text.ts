// A plan's bulletin in words and tables: the sentences and rows the page, the
// .docx and the PDF share. Pure, so the wording is pinned by the tests that
// read the .docx back.
import { formatChineseDate, formatShare } from "@/lib/format";
import { BULLETIN_COLUMNS as C, BULLETIN_MESSAGES, TASK_LIGHT_LABELS, TASK_LIGHTS, TASK_STATUS_LABELS, TASK_STATUSES } from "@/lib/vocabulary";
import type { PlanBulletin } from "./get-plan-bulletin";
import type { OfficialDocumentContent, OfficialTable } from "./official-docx";
import { praiseSentence } from "./praise";

export const rateText = (rate: number | null) => (rate === null ? BULLETIN_MESSAGES.noRate : formatShare(rate));

export function planLead(b: PlanBulletin): string {
  return `为推动《${b.plan.title}》各项任务落实落地，现将${b.period.label}工作推进及情况填报有关情况通报如下。`;
}

export function planSummary(b: PlanBulletin): string[] {
  const tasks = TASK_LIGHTS.reduce((total, l) => total + b.lights[l], 0);
  const rate = b.totals.slots > 0 ? formatShare(b.totals.onTime / b.totals.slots) : BULLETIN_MESSAGES.noRate;
  const lights = TASK_LIGHTS.map((l) => `${TASK_LIGHT_LABELS[l]}${b.lights[l]}项`).join("、");
  const sentences = [
    `本期（${formatChineseDate(b.period.startsOn)}至${formatChineseDate(b.period.endsOn)}，报送截止${formatChineseDate(b.period.dueOn)}）应报送${b.totals.slots}份，按时报送${b.totals.onTime}份，按时报送率${rate}；截至${formatChineseDate(b.today)}，逾期未报${b.totals.overdue}份。`,
    `规划共有任务${tasks}项，已完成（含销号）${b.lights.done}项。亮灯情况：${lights}。`,
  ];
  const praise = praiseSentence(b.units);
  if (praise) sentences.push(praise);
  const late = b.units.filter((u) => u.overdue > 0).map((u) => `${u.name}（${u.overdue}份）`);
  if (late.length > 0) sentences.push(`存在逾期未报的单位：${late.join("、")}。`);
  return sentences;
}

export function unitTable(b: PlanBulletin): OfficialTable {
  return {
    columns: [C.rank, C.unit, C.slots, C.onTime, C.onTimeRate, C.tasks, C.doneRate, C.overdue],
    rows: b.units.map((u) => [
      String(u.rank),
      u.name,
      String(u.slots),
      String(u.onTime),
      rateText(u.onTimeRate),
      String(u.tasks),
      rateText(u.doneRate),
      String(u.overdue),
    ]),
  };
}

export function leaderTable(b: PlanBulletin): OfficialTable {
  return {
    columns: [C.leader, C.total, ...TASK_STATUSES.map((s) => TASK_STATUS_LABELS[s]), C.red, C.yellow],
    rows: b.leaders.map((l) => [l.name, String(l.total), ...TASK_STATUSES.map((s) => String(l.byStatus[s])), String(l.red), String(l.yellow)]),
  };
}

export const PLAN_BULLETIN_REQUIREMENT = "请各单位对照本通报，逾期未报的抓紧补报，亮红灯、黄灯的任务查找原因、加快推进，确保各项任务按期保质完成。";

export function planBulletinDocument(b: PlanBulletin): OfficialDocumentContent {
  return {
    documentNumber: b.documentNumber,
    title: b.title,
    addressee: "各科室、各单位：",
    lead: [planLead(b)],
    sections: [
      { heading: "一、总体情况", paragraphs: planSummary(b) },
      { heading: "二、单位排名", paragraphs: ["按按时报送率、完成率从高到低、逾期数从少到多排名，三项均相同的并列。"], table: unitTable(b) },
      ...(b.leaders.length > 0 ? [{ heading: "三、责任领导分管任务推进情况", table: leaderTable(b) }] : []),
      { heading: b.leaders.length > 0 ? "四、有关要求" : "三、有关要求", paragraphs: [PLAN_BULLETIN_REQUIREMENT] },
    ],
    issuer: b.issuer,
    dateText: formatChineseDate(b.today),
  };
}
