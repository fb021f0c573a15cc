import { describe, expect, it } from "vitest";
import { assignLeaders, assignUnits, updateTasks } from "@/lib/plans/import/bulk-assign";
import { allDraftTasks, toDraft } from "@/lib/plans/import/draft";
import { parsePlanText } from "@/lib/plans/parser";

const DOCUMENT = [
  "某区教育局2026年工作要点",
  "一、办好学前教育",
  "1.扩大普惠性资源",
  "责任领导：王明",
  "牵头单位：学前教育科",
  "2.提升保教质量",
  "牵头单位：学前教育科",
  "配合单位：教研室",
  "二、推进义务教育",
  "3.推进集团化办学",
].join("\n");

const draft = () => toDraft(parsePlanText(DOCUMENT));

describe("bulk assignment in the import review", () => {
  it("adds a leader to every selected task once, spelling padded names as one person", () => {
    const d = draft();
    const [t1, t2, t3] = allDraftTasks(d.sections);
    const next = updateTasks(d, new Set([t1!.key, t3!.key]), (t) => assignLeaders(t, ["王 明", "李华"], "add"));
    const tasks = allDraftTasks(next.sections);
    expect(tasks.map((t) => t.leaders)).toEqual([["王明", "李华"], [], ["王明", "李华"]]);
    // The untouched task is the same object, so its memoised card does not re-render.
    expect(tasks[1]).toBe(t2);
  });

  it("replaces leaders when asked", () => {
    const d = draft();
    const [t1] = allDraftTasks(d.sections);
    const next = updateTasks(d, new Set([t1!.key]), (t) => assignLeaders(t, ["赵丽"], "replace"));
    expect(allDraftTasks(next.sections)[0]!.leaders).toEqual(["赵丽"]);
  });

  it("adds units in a role without duplicates; replacing a role keeps the other roles", () => {
    const d = draft();
    const keys = new Set(allDraftTasks(d.sections).map((t) => t.key));
    const added = updateTasks(d, keys, (t) => assignUnits(t, ["学前教育科", "财务科"], "lead", "add"));
    expect(allDraftTasks(added.sections).map((t) => t.units.map((u) => `${u.name}:${u.role}`))).toEqual([
      ["学前教育科:lead", "财务科:lead"],
      ["学前教育科:lead", "教研室:cooperate", "财务科:lead"],
      ["学前教育科:lead", "财务科:lead"],
    ]);
    const replaced = updateTasks(added, keys, (t) => assignUnits(t, ["基础教育科"], "lead", "replace"));
    expect(allDraftTasks(replaced.sections)[1]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(["教研室:cooperate", "基础教育科:lead"]);
  });
});
