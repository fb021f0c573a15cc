// Fills one district plan from document templates: sections, tasks with their
// units (report slots follow from them), leaders and measures, and indicators
// mapped onto the catalogue. Positions count up as rows are added.
import { suggestDefinition } from "@/lib/indicators/suggest-definition";
import { isoTime } from "./copy";
import { SHAPE, type DistrictContext } from "./district-context";
import type { DistrictUnits, Leader } from "./district-people";
import type { PlannedIndicator, PlannedPlan, PlannedTask } from "./district-plans";
import { linkUnits, taskLeaders, taskUnits, type Scope, type Source } from "./task-links";
import type { PlanTemplate, TemplateIndicator, TemplateTask } from "./templates";

export class PlanBuilder {
  private sections = 0;
  private tasks = 0;
  private indicators = 0;

  constructor(
    private readonly ctx: DistrictContext,
    private readonly plan: PlannedPlan,
    private readonly leaders: Leader[],
    private readonly units: DistrictUnits,
  ) {}

  /** Every section and task of the plan's own document, in its order; returns the highest task number. */
  addPrimary(doc: PlanTemplate): number {
    const source: Source = { doc, yearShift: this.plan.startYear - doc.startYear, ownUnits: true };
    const sectionIds: string[] = [];
    let scope = this.newScope();
    let maxNumber = 0;
    for (const section of doc.sections) {
      if (section.parent === null) scope = this.newScope();
      const id = this.addSection(section.title, section.parent === null ? null : sectionIds[section.parent]!);
      sectionIds.push(id);
      for (const task of section.tasks) {
        this.addTask(task, id, task.number, scope, source);
        maxNumber = Math.max(maxNumber, task.number);
      }
    }
    return maxNumber;
  }

  /** A share of a second document's task groups, appended as further top-level sections, numbered on. */
  addSecondary(doc: PlanTemplate, lastNumber: number): void {
    const { rng } = this.ctx;
    const source: Source = { doc, yearShift: this.plan.startYear - doc.startYear, ownUnits: false };
    const groups = doc.sections.filter((s) => s.tasks.length > 0);
    let chosen = groups.filter(() => rng.chance(SHAPE.secondaryShare));
    if (chosen.length === 0 && groups.length) chosen = [rng.pick(groups)];
    let number = lastNumber;
    for (const group of chosen) {
      const scope = this.newScope();
      const id = this.addSection(group.title, null);
      for (const task of group.tasks) this.addTask(task, id, ++number, scope, source);
    }
  }

  addPlanIndicators(doc: PlanTemplate): void {
    for (const ind of doc.indicators) this.addIndicator(ind, null, this.plan.startYear - doc.startYear);
  }

  private newScope(): Scope {
    return { leader: this.ctx.rng.pick(this.leaders), department: this.ctx.rng.pick(this.units.departments) };
  }

  private addSection(title: string, parentId: string | null): string {
    const { ids, t, tenantId, localise } = this.ctx;
    const id = ids.uuid();
    t.sections.add([id, tenantId, this.plan.id, parentId, this.sections++, localise(title), isoTime(this.plan.createdAt)]);
    return id;
  }

  private addTask(template: TemplateTask, sectionId: string, number: number, scope: Scope, source: Source): void {
    const { ids, t, tenantId, localise } = this.ctx;
    const id = ids.uuid();
    const slotUnits = linkUnits(this.ctx, id, taskUnits(this.ctx, this.units, template, scope, source));
    for (const leader of taskLeaders(this.leaders, template, scope, source)) {
      leader.tasks++;
      t.task_leaders.add([tenantId, id, leader.id]);
    }
    template.measures.forEach((text, position) => t.measures.add([ids.uuid(), tenantId, id, position, localise(text)]));
    const position = this.tasks++;
    const task: PlannedTask = {
      id,
      key: `${position}#${number}`,
      status: "not_started",
      progress: 0,
      createdAt: this.plan.createdAt,
      slotUnits,
      row: [
        id,
        tenantId,
        this.plan.id,
        sectionId,
        number,
        position,
        localise(template.title),
        template.goal === null ? null : localise(template.goal),
        localise(template.sourceText),
        template.line,
      ],
    };
    this.plan.tasks.push(task);
    for (const target of template.targets) this.addIndicator(target, task, source.yearShift);
  }

  private addIndicator(template: TemplateIndicator, task: PlannedTask | null, yearShift: number): void {
    const { ids, t, tenantId, spec, localise } = this.ctx;
    const id = ids.uuid();
    const name = localise(template.name);
    const suggestion = suggestDefinition({ name, unit: template.unit }, spec.catalogue);
    const definition = suggestion ? spec.catalogue.find((c) => c.code === suggestion.code)! : null;
    const shift = (y: number | null) => (y === null ? null : y + yearShift);
    const indicator: PlannedIndicator = {
      ...template,
      id,
      task,
      name,
      position: this.indicators++,
      baselineYear: shift(template.baselineYear),
      targetYear: shift(template.targetYear),
      definitionVersion: definition ? definition.currentVersion : null,
    };
    this.plan.indicators.push(indicator);
    t.indicators.add([
      id,
      tenantId,
      this.plan.id,
      task?.id ?? null,
      template.origin,
      indicator.position,
      name,
      template.unit,
      template.comparator,
      template.baselineValue,
      indicator.baselineYear,
      template.targetValue,
      template.targetMax,
      indicator.targetYear,
      localise(template.sourceText),
      null,
      definition?.id ?? null,
      definition ? "confirmed" : "unmapped",
      isoTime(this.plan.createdAt),
    ]);
  }
}
