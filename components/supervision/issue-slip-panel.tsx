// The task page's 下发督办单 card: staff only, and only when the task has units
// to press (the draft is null for a role that may not issue one).
import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import type { SlipDraft } from "@/lib/supervision/slips/slip-draft";
import { IssueSlipForm } from "./issue-slip-form";

export function IssueSlipPanel({ draft }: { draft: SlipDraft | null }) {
  if (!draft || draft.units.length === 0) return null;
  return (
    <Card
      title="下发督办单"
      actions={
        <Link href="/supervision/slips" className="text-sm text-brand-700 hover:underline">
          督办单列表
        </Link>
      }
    >
      <details>
        <summary className="cursor-pointer text-sm text-brand-700">填写督办单</summary>
        <div className="mt-3">
          <IssueSlipForm draft={draft} />
        </div>
      </details>
    </Card>
  );
}
