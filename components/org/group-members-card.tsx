// A group unit's page section: who its members are today, the form to change
// them (bureau admins), and each of its tasks' newest roll-up (已报 n / m，
// 逾期 k) linking to the task page, where the schools' slots are.
import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import { RollupText } from "@/components/tasks/rollup-text";
import { GROUP_RULE_KIND_LABELS } from "@/lib/vocabulary";
import type { GroupMembers } from "@/lib/org/get-group-members";
import type { GroupTaskRollup } from "@/lib/reports/queries/group-task-rollups";
import type { GroupRuleKind } from "@/lib/vocabulary";
import { GroupMembersForm } from "./group-members-form";

export function GroupMembersCard(props: { groupId: string; members: GroupMembers; suggested: GroupRuleKind[]; canEdit: boolean }) {
  const { rule, pickedIds, members, candidates } = props.members;
  const unset = rule.length === 0 && pickedIds.length === 0;
  return (
    <Card title={`成员单位（${members.length}）`}>
      <div className="space-y-4">
        {unset ? (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            尚未设置成员单位：开启填报期时，任务仍只下达给本群体。
            {props.suggested.length > 0 && `按名称建议纳入全部${props.suggested.map((k) => GROUP_RULE_KIND_LABELS[k]).join("、")}（下方已预选，保存后生效）。`}
          </p>
        ) : (
          <p className="text-sm text-slate-700">
            {rule.length > 0 ? `全部${rule.map((k) => GROUP_RULE_KIND_LABELS[k]).join("、")}` : ""}
            {rule.length > 0 && pickedIds.length > 0 ? "，另加 " : ""}
            {pickedIds.length > 0 ? `${pickedIds.length} 个单独选择的单位` : ""}
          </p>
        )}
        {members.length > 0 && (
          <details>
            <summary className="cursor-pointer text-sm text-brand-700">查看成员单位</summary>
            <ul className="mt-2 max-h-72 space-y-0.5 overflow-y-auto text-sm" data-testid="group-members">
              {members.map((m) => (
                <li key={m.id}>
                  <Link href={`/units/${m.id}`} className="break-all text-brand-700 hover:underline">
                    {m.name}
                  </Link>
                </li>
              ))}
            </ul>
          </details>
        )}
        {props.canEdit && <GroupMembersForm groupId={props.groupId} rule={unset ? props.suggested : rule} pickedIds={pickedIds} candidates={candidates} />}
      </div>
    </Card>
  );
}

export function GroupTaskRollups({ rows }: { rows: GroupTaskRollup[] }) {
  return (
    <Card title="各成员单位填报情况">
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">暂无下达到成员单位的填报任务</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="group-task-rollups">
          {rows.map((r) => (
            <li key={r.taskId} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
              <Link href={`/tasks/${r.taskId}`} className="min-w-0 break-all text-brand-700 hover:underline">
                {r.number}. {r.title}
              </Link>
              <span className="text-xs text-slate-500">
                {r.periodLabel} <RollupText rollup={r} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
