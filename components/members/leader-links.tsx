"use client";
// Links between leader accounts (分管领导) and the 责任领导 named in the plans,
// from either side: a member's row (which people is this account) and a
// person's row on 责任领导 (which account is this person).
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { linkLeaderAction, unlinkLeaderAction } from "@/lib/members/actions";

const SELECT = "min-h-10 w-full rounded-md border border-slate-300 bg-white px-2 text-sm sm:w-auto";

function UnlinkButton({ personId, label }: { personId: string; label: string }) {
  const [state, action, pending] = useActionState(unlinkLeaderAction, null);
  return (
    <form action={action} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="personId" value={personId} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={label}>
        取消关联
      </Button>
      {state && !state.ok && <FormMessage state={state} />}
    </form>
  );
}

/** On a leader's row of the members page. */
export function MemberLeaderLinks({
  membershipId,
  linked,
  people,
}: {
  membershipId: string;
  linked: { id: string; name: string }[];
  people: { id: string; name: string }[];
}) {
  const [state, action, pending] = useActionState(linkLeaderAction, null);
  const linkable = people.filter((p) => !linked.some((l) => l.id === p.id));
  return (
    <div className="space-y-2" data-testid="member-leader-links">
      <p className="text-sm font-medium text-slate-700">对应责任领导</p>
      {linked.length === 0 && <p className="text-xs text-slate-500">尚未关联：该账号的“我负责的”为空。</p>}
      <ul className="space-y-1">
        {linked.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <span>{p.name}</span>
            <UnlinkButton personId={p.id} label={`取消关联 ${p.name}`} />
          </li>
        ))}
      </ul>
      {linkable.length > 0 && (
        <form action={action} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="membershipId" value={membershipId} />
          <label className="text-sm">
            <span className="sr-only">选择责任领导</span>
            <select name="personId" className={SELECT} defaultValue="">
              <option value="">选择规划中的责任领导</option>
              {linkable.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="secondary" disabled={pending}>
            关联
          </Button>
        </form>
      )}
      <FormMessage state={state} />
    </div>
  );
}

/** On a person's row of the 责任领导 page. */
export function PersonLeaderLink({
  personId,
  personName,
  account,
  leaders,
}: {
  personId: string;
  personName: string;
  account: { displayName: string; username: string } | null;
  leaders: { membershipId: string; displayName: string; username: string }[];
}) {
  const [state, action, pending] = useActionState(linkLeaderAction, null);
  return (
    <div className="mt-2 space-y-2">
      {account ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span>
            领导账号：{account.displayName} <span className="text-slate-500">{account.username}</span>
          </span>
          <UnlinkButton personId={personId} label={`取消关联 ${personName}`} />
        </div>
      ) : leaders.length > 0 ? (
        <form action={action} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="personId" value={personId} />
          <label className="text-sm">
            <span className="sr-only">为{personName}选择领导账号</span>
            <select name="membershipId" className={SELECT} defaultValue="">
              <option value="">选择分管领导账号</option>
              {leaders.map((l) => (
                <option key={l.membershipId} value={l.membershipId}>
                  {l.displayName}（{l.username}）
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="secondary" disabled={pending}>
            关联账号
          </Button>
        </form>
      ) : (
        <p className="text-xs text-slate-500">本局还没有分管领导账号。</p>
      )}
      <FormMessage state={state} />
    </div>
  );
}
