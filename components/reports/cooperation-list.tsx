"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/auth/action";
import { addCooperationSlotAction } from "@/lib/reports/actions";
import { NumberedTitle } from "@/components/plans/numbered-title";

export interface CooperationItem {
  taskId: string;
  number: number;
  title: string;
  plan: { id: string; title: string };
  period: { id: string; label: string; dueOn: string };
}

/** Tasks the reporter's unit cooperates on: one press adds the unit's slot and opens its report form. */
export function CooperationList({ items }: { items: CooperationItem[] }) {
  return (
    <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="cooperation-list">
      {items.map((item) => (
        <CooperationRow key={`${item.period.id}:${item.taskId}`} item={item} />
      ))}
    </ul>
  );
}

function CooperationRow({ item }: { item: CooperationItem }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionResult<unknown> | null>(null);
  const start = () =>
    startTransition(async () => {
      const result = await addCooperationSlotAction({ taskId: item.taskId, periodId: item.period.id });
      if (result.ok) router.push(`/reports/${result.data.slotId}`);
      else setFailure(result);
    });
  return (
    <li className="space-y-2 px-4 py-3" data-testid="cooperation-row">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 flex-1">
          <p className="font-medium break-words">
            <NumberedTitle number={item.number} title={item.title} />
          </p>
          <p className="truncate text-xs text-slate-500">{item.plan.title}</p>
          <p className="text-xs text-slate-600">
            {item.period.label} · 截止 {item.period.dueOn}
          </p>
        </div>
        <Button type="button" variant="secondary" disabled={pending} onClick={start} className="w-full shrink-0 sm:w-auto">
          {pending ? "正在打开…" : "填报配合情况"}
        </Button>
      </div>
      <FormMessage state={failure} />
    </li>
  );
}
