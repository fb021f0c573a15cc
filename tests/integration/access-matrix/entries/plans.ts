// Access-matrix entries of the plan domain: the plan editor, plan import, the
// indicator mapping page and the ledger import. See ../expectations.ts for
// what each field means and how to add an entry.
import { parsePlanText } from "@/lib/plans/parser";
import type { Table } from "../expectations";
import type { TaskFixture } from "../world";
import { form } from "./form";

const FIXTURE = "【矩阵】";

/** The task edit form as the page sends it, with a new title. */
const saveTask = (task: TaskFixture) => ({
  taskId: task.id,
  version: task.version,
  title: `${FIXTURE}${task.title}`,
  number: task.number,
  sectionId: task.sectionId,
  goal: task.goal ?? "",
  measures: task.measures.join("\n"),
  leaders: task.leaders.join("、"),
  units: task.units,
});

const indicatorFields = { unit: "%", comparator: "gte", targetValue: "90", targetYear: "2025" };

export const PLANS: Table = {
  actions: {
    "lib/plans/editing/actions.ts#createPlanAction": {
      permission: "plans:manage",
      input: () => ({ title: `${FIXTURE}新建规划`, kind: "work_points", startYear: "2026", endYear: "2026" }),
      noForeignIds: "a new plan always goes into the caller's own tenant",
      success: { as: "admin", changes: ["plans"] },
    },
    "lib/plans/editing/actions.ts#updatePlanAction": {
      permission: "plans:manage",
      input: ({ target }) => ({ planId: target.sparePlans.update, title: `${FIXTURE}改名的规划`, kind: "other", startYear: "2022", endYear: "2023" }),
      success: { as: "admin", changes: ["plans"] },
    },
    "lib/plans/editing/actions.ts#deletePlanAction": {
      permission: "plans:manage",
      input: ({ target }) => ({ planId: target.sparePlans.remove, confirm: "on" }),
      success: { as: "admin", changes: ["plans"] },
    },
    "lib/plans/editing/actions.ts#createSectionAction": {
      permission: "plans:manage",
      input: ({ target }) => ({ planId: target.plan.id, title: `${FIXTURE}新部分` }),
      mixed: {
        "own plan, target's parent section": ({ own, target }) => ({ planId: own.plan.id, parentId: target.sections.withTasks, title: `${FIXTURE}新部分` }),
      },
      success: { as: "admin", changes: ["sections"] },
    },
    "lib/plans/editing/actions.ts#renameSectionAction": {
      permission: "plans:manage",
      input: ({ target }) => ({ sectionId: target.sections.withTasks, title: `${FIXTURE}改名的部分` }),
      success: { as: "admin", changes: ["sections"] },
    },
    "lib/plans/editing/actions.ts#moveSectionAction": {
      permission: "plans:manage",
      input: ({ target }) => ({ sectionId: target.sections.movable, direction: "down" }),
      success: { as: "admin", changes: ["sections"] },
    },
    "lib/plans/editing/actions.ts#deleteSectionAction": {
      permission: "plans:manage",
      input: ({ target }) => ({ sectionId: target.sections.empty }),
      success: { as: "admin", changes: ["sections"] },
    },
    "lib/plans/editing/actions.ts#createTaskAction": {
      permission: "plans:manage",
      input: ({ target }) => ({ sectionId: target.sections.withTasks, title: `${FIXTURE}新任务` }),
      success: { as: "admin", changes: ["tasks"] },
    },
    "lib/plans/editing/actions.ts#saveTaskAction": {
      permission: "plans:manage",
      input: ({ target }) => saveTask(target.tasks.edit),
      mixed: {
        "own task moved into target's section": ({ own, target }) => ({ ...saveTask(own.tasks.edit), sectionId: target.sections.withTasks }),
      },
      success: { as: "admin", changes: ["tasks"] },
    },
    "lib/plans/editing/actions.ts#deleteTaskAction": {
      permission: "plans:manage",
      input: ({ target }) => ({ taskId: target.tasks.removable }),
      success: { as: "admin", changes: ["tasks"] },
    },
    "lib/plans/editing/actions.ts#createIndicatorAction": {
      permission: "plans:manage",
      input: ({ target }) => ({ planId: target.plan.id, taskId: target.tasks.edit.id, name: `${FIXTURE}新指标`, ...indicatorFields }),
      mixed: {
        "own plan, target's task": ({ own, target }) => ({ planId: own.plan.id, taskId: target.tasks.edit.id, name: `${FIXTURE}新指标`, ...indicatorFields }),
      },
      success: { as: "admin", changes: ["indicators"] },
    },
    "lib/plans/editing/actions.ts#updateIndicatorAction": {
      permission: "plans:manage",
      input: ({ target }) => ({ indicatorId: target.indicators.edit, name: `${FIXTURE}改过的指标`, ...indicatorFields }),
      success: { as: "admin", changes: ["indicators"] },
    },
    "lib/plans/editing/actions.ts#deleteIndicatorAction": {
      permission: "plans:manage",
      input: ({ target }) => ({ indicatorId: target.indicators.remove }),
      success: { as: "admin", changes: ["indicators"] },
    },

    // The document names no id, but its source hash matches the tenant's
    // earlier import: the victim's document must not be found (preview) nor
    // replaced (confirm) from another tenant; importing a copy is allowed.
    "lib/plans/import/actions.ts#previewPlanImportAction": {
      permission: "plans:manage",
      input: ({ target }) => form({ file: new File([target.importedDoc.sourceText], "plan.txt", { type: "text/plain" }) }),
      foreignMaySucceed: "anyone may read a document they hold; only the caller's own earlier import may be named as already imported",
      success: { as: "admin" },
    },
    "lib/plans/import/actions.ts#confirmPlanImportAction": {
      permission: "plans:manage",
      input: ({ target }) => ({ plan: parsePlanText(target.importedDoc.sourceText), sourceText: target.importedDoc.sourceText, replace: true }),
      foreignMaySucceed: "importing a copy of another bureau's document into one's own tenant is allowed; replacing theirs is not",
      success: { as: "admin", changes: ["plans"] },
    },

    "lib/indicators/actions.ts#confirmMappingAction": {
      permission: "plans:manage",
      input: ({ target }) => ({ indicatorId: target.indicators.suggested }),
      success: { as: "admin", changes: ["indicators"] },
    },
    "lib/indicators/actions.ts#chooseDefinitionAction": {
      permission: "plans:manage",
      input: ({ target, world }) => ({ indicatorId: target.indicators.choose, definitionId: world.catalogue.percentDefinitionId }),
      success: { as: "admin", changes: ["indicators"] },
    },
    "lib/indicators/actions.ts#clearMappingAction": {
      permission: "plans:manage",
      input: ({ target }) => ({ indicatorId: target.indicators.clear }),
      success: { as: "admin", changes: ["indicators"] },
    },
    "lib/indicators/actions.ts#setToleranceAction": {
      permission: "plans:manage",
      input: ({ target }) => ({ indicatorId: target.indicators.tolerance, tolerance: "2.5" }),
      success: { as: "admin", changes: ["indicators"] },
    },
    "lib/indicators/actions.ts#applySuggestionsAction": {
      permission: "plans:manage",
      input: () => ({}),
      noForeignIds: "suggests mappings for the caller's own unmapped indicators only",
      success: { as: "admin" },
    },

    "lib/ledger/actions.ts#importLedgerActualsAction": {
      permission: "actuals:import",
      input: ({ target, world }) =>
        form({
          planId: target.plan.id,
          file: new File([world.ledgerXlsx], "台账.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
        }),
      success: { as: "staff" },
    },
  },
  routes: {},
};
