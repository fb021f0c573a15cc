"use client";
// Editing a group unit's members: the kinds whose every unit belongs (new
// schools join by themselves) and units picked one by one. Checkboxes are
// controlled, so a refused save keeps what the admin chose.
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { saveGroupMembersAction } from "@/lib/org/actions";
import { GROUP_RULE_KINDS, GROUP_RULE_KIND_LABELS, ORG_UNIT_KIND_LABELS, type GroupRuleKind } from "@/lib/vocabulary";
import type { GroupUnitOption } from "@/lib/org/get-group-members";

export function GroupMembersForm(props: { groupId: string; rule: GroupRuleKind[]; pickedIds: string[]; candidates: GroupUnitOption[] }) {
  const [state, action, pending] = useActionState(saveGroupMembersAction, null);
  const [kinds, setKinds] = useState(() => new Set(props.rule));
  const [picked, setPicked] = useState(() => new Set(props.pickedIds));
  const [filter, setFilter] = useState("");
  const toggle = <T,>(set: Set<T>, value: T) => {
    const next = new Set(set);
    if (!next.delete(value)) next.add(value);
    return next;
  };
  const errors = fieldErrors(state);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="groupId" value={props.groupId} />
      <fieldset>
        <legend className="mb-1 text-sm font-medium">按类型纳入（以后新增的同类单位自动加入）</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {GROUP_RULE_KINDS.map((kind) => (
            <label key={kind} className="flex min-h-10 items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="memberKinds"
                value={kind}
                checked={kinds.has(kind)}
                onChange={() => setKinds(toggle(kinds, kind))}
                className="size-4"
              />
              全部{GROUP_RULE_KIND_LABELS[kind]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-1 text-sm font-medium">另选单位（已选 {picked.size} 个）</legend>
        <label className="mb-2 block text-sm">
          <span className="text-slate-600">筛选</span>
          <input
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            placeholder="输入单位名称"
            className="mt-1 block min-h-10 w-full rounded-md border border-slate-300 px-3 text-sm"
          />
        </label>
        <ul className="max-h-72 overflow-y-auto rounded-md border border-slate-200 px-3 py-1" data-testid="group-candidates">
          {props.candidates.map((u) => (
            <li key={u.id} hidden={filter !== "" && !u.name.includes(filter.trim())}>
              <label className="flex min-h-10 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="memberIds"
                  value={u.id}
                  checked={picked.has(u.id)}
                  onChange={() => setPicked(toggle(picked, u.id))}
                  className="size-4"
                />
                <span className="break-all">{u.name}</span>
                <span className="text-xs text-slate-500">{ORG_UNIT_KIND_LABELS[u.kind]}</span>
              </label>
            </li>
          ))}
        </ul>
        {errors?.memberIds && <p className="mt-1 text-sm text-red-700">{errors.memberIds.join("；")}</p>}
      </fieldset>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "正在保存…" : "保存成员单位"}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
