// The five public plan documents (prisma/seed/documents), parsed once with the
// app's own parser and flattened into templates the province generator copies:
// sections, tasks, measures, leaders, units and targets keep the documents'
// structure; place names, people and unit names are substituted per district.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Comparator as DbComparator, PlanKind, UnitRole } from "@/lib/generated/prisma/enums";
import { COMPARATOR_FROM_PARSER, guessPlanKind } from "@/lib/plans/import/classify";
import { readPlanDocument } from "@/lib/plans/import/read-document";
import { parsePlanText, type PlanSection, type Target } from "@/lib/plans/parser";
import { DEMO_TENANTS } from "@/prisma/seed/demo-world";
import { DEMO_DOCUMENTS_DIR, DEMO_PLAN_DOCUMENTS } from "@/prisma/seed/demo-plans";

export interface TemplateIndicator {
  origin: "table" | "text";
  name: string;
  unit: string | null;
  comparator: DbComparator;
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetMax: number | null;
  targetYear: number | null;
  sourceText: string;
}

export interface TemplateTask {
  number: number;
  title: string;
  goal: string | null;
  measures: string[];
  /** Leader names as the document gives them (section-level ones included). */
  leaders: string[];
  /** Units as the document gives them (section-level ones included), deduplicated by name and role. */
  units: { name: string; role: UnitRole }[];
  targets: TemplateIndicator[];
  sourceText: string;
  line: number;
}

export interface TemplateSection {
  title: string;
  /** Index of the parent in the same flat (pre-order) list. */
  parent: number | null;
  tasks: TemplateTask[];
}

export interface PlanTemplate {
  file: string;
  title: string;
  kind: PlanKind;
  startYear: number;
  endYear: number;
  documentNumber: string | null;
  preamble: string;
  planText: { title: string; kind: string; text: string; line: number }[];
  /** Pre-order: a parent always comes before its children. */
  sections: TemplateSection[];
  /** Plan-level targets (goal prose) and the indicator table. */
  indicators: TemplateIndicator[];
  /** Every leader name in order of first appearance. */
  leaders: string[];
  tasks: number;
}

/** The documents' own place names, replaced by the district's. */
export const SOURCE_PLACES = DEMO_TENANTS.filter((t) => t.kind === "bureau").map((t) => t.name.replace(/教育(体育)?局$/, ""));

function targetIndicator(target: Target): TemplateIndicator {
  return {
    origin: "text",
    name: target.text.slice(0, 200),
    unit: target.unit || null,
    comparator: COMPARATOR_FROM_PARSER[target.comparator],
    baselineValue: null,
    baselineYear: null,
    targetValue: target.min ?? target.value,
    targetMax: target.comparator === "range" ? (target.max ?? null) : null,
    targetYear: target.year,
    sourceText: target.text,
  };
}

function templateOf(file: string, text: string): PlanTemplate {
  const parsed = parsePlanText(text);
  const sections: TemplateSection[] = [];
  const leaders: string[] = [];
  let tasks = 0;
  const walk = (section: PlanSection, parent: number | null, inherited: { leaders: string[]; units: { name: string; role: UnitRole }[] }) => {
    const index = sections.length;
    const scope = { leaders: [...inherited.leaders, ...section.leaders], units: [...inherited.units, ...section.units] };
    const entry: TemplateSection = { title: section.title || "（未命名部分）", parent, tasks: [] };
    sections.push(entry);
    for (const task of section.tasks) {
      const names = [...new Set([...scope.leaders, ...task.leaders].map((n) => n.trim()).filter(Boolean))];
      for (const n of names) if (!leaders.includes(n)) leaders.push(n);
      const seen = new Set<string>();
      const units: { name: string; role: UnitRole }[] = [];
      for (const u of [...scope.units, ...task.units]) {
        const name = u.name.trim();
        if (!name || seen.has(`${name}|${u.role}`)) continue;
        seen.add(`${name}|${u.role}`);
        units.push({ name, role: u.role });
      }
      entry.tasks.push({
        number: task.number,
        title: task.title || `任务 ${task.number}`,
        goal: task.goal,
        measures: task.measures,
        leaders: names,
        units,
        targets: task.targets.map(targetIndicator),
        sourceText: task.sourceText,
        line: task.line,
      });
      tasks++;
    }
    for (const child of section.sections) walk(child, index, scope);
  };
  for (const section of parsed.sections) walk(section, null, { leaders: [], units: [] });
  const indicators: TemplateIndicator[] = [
    ...parsed.targets.map(targetIndicator),
    ...parsed.indicators.map((ind): TemplateIndicator => ({
      origin: "table",
      name: ind.name,
      unit: ind.unit,
      comparator: ind.target ? COMPARATOR_FROM_PARSER[ind.target.comparator] : "gte",
      baselineValue: ind.baseline?.value ?? null,
      baselineYear: ind.baseline?.year ?? null,
      targetValue: ind.target ? (ind.target.min ?? ind.target.value) : null,
      targetMax: ind.target?.comparator === "range" ? (ind.target.max ?? null) : null,
      targetYear: ind.target?.year ?? null,
      sourceText: ind.category ? `${ind.category} / ${ind.name}` : ind.name,
    })),
  ];
  const startYear = parsed.period?.startYear ?? 2022;
  return {
    file,
    title: parsed.title.trim(),
    kind: guessPlanKind(parsed.title),
    startYear,
    endYear: parsed.period?.endYear ?? startYear,
    documentNumber: parsed.documentNumber,
    preamble: parsed.preamble,
    planText: parsed.planText.map((b) => ({ title: b.title, kind: b.kind, text: b.text, line: b.line })),
    sections,
    indicators,
    leaders,
    tasks,
  };
}

let cached: Promise<PlanTemplate[]> | undefined;

/** The five documents as templates, in DEMO_PLAN_DOCUMENTS order (parsed once per process). */
export function loadPlanTemplates(): Promise<PlanTemplate[]> {
  cached ??= Promise.all(
    DEMO_PLAN_DOCUMENTS.map(async (doc) => {
      const bytes = new Uint8Array(await readFile(path.join(DEMO_DOCUMENTS_DIR, doc.file)));
      return templateOf(doc.file, await readPlanDocument(doc.file, bytes));
    }),
  );
  return cached;
}

// ---------------------------------------------------------------------------
// Banks for names that vary per district (synthetic; any resemblance to real
// people or schools is accidental).

export const SURNAMES = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
];

export const GIVEN_NAMES = [
  "建国",
  "志强",
  "秀英",
  "丽",
  "伟",
  "敏",
  "静",
  "磊",
  "军",
  "洋",
  "勇",
  "艳",
  "杰",
  "娟",
  "涛",
  "明",
  "超",
  "秀兰",
  "霞",
  "平",
  "刚",
  "桂英",
  "学军",
  "红梅",
  "晓燕",
  "海峰",
  "文博",
  "雪梅",
  "立新",
  "国华",
  "春燕",
  "永刚",
  "慧",
  "宁",
  "晨",
  "学兵",
  "学芳",
  "茜",
  "学明",
  "振华",
];

export const LEADER_TITLES = ["局长", "副局长", "副局长", "副局长", "党组成员", "总督学", "副局长"];

/** Departments a bureau may have; unit-less tasks are assigned among them. */
export const DEPARTMENT_BANK = [
  "办公室",
  "基础教育科",
  "学前教育科",
  "教师发展中心",
  "教研室",
  "督导室",
  "安全稳定科",
  "体卫艺科",
  "计划财务科",
  "人事科",
  "组织宣传科",
  "信息中心",
  "基建装备科",
  "民办教育科",
  "职业与成人教育科",
  "招生考试中心",
];

/** Alternative names districts use for the documents' departments. */
export const DEPARTMENT_ALIASES: Record<string, string> = {
  教研室: "教学研究室",
  基教室: "基础教育科",
  学前室: "学前教育科",
  督导室: "教育督导室",
  财务室: "计划财务科",
  人事室: "人事科",
  信息中心: "教育信息化中心",
  办公室: "局办公室",
  基建室: "基建科",
  条装室: "装备中心",
  民办室: "民办教育科",
  局机关各科室: "机关各科室",
  各二级机构: "局属各二级机构",
};

export const SCHOOL_BANK = [
  "第一中学",
  "第二中学",
  "第三中学",
  "实验中学",
  "第一小学",
  "第二小学",
  "第三小学",
  "实验小学",
  "育才学校",
  "阳光学校",
  "职业技术学校",
  "特殊教育学校",
  "第一幼儿园",
  "第二幼儿园",
  "中心幼儿园",
  "实验幼儿园",
];
