// The task page's 下发督办单 card: staff only, and only when the task has units
// to press. Loads its own draft, so the task page adds one line for it.
import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import type { TenantSession } from "@/lib/auth/session";
import { readTenant } from "@/lib/db/tenant-scope";
import { getSlipDraft } from "@/lib/supervision/slips/get-slip-draft";
import { IssueSlipForm } from "./issue-slip-form";

export async function IssueSlipPanel({ session, taskId }: { session: TenantSession; taskId: string }) {
  if (!can(session.role, "supervision:manage")) return null;
  const draft = await readTenant(session, (tx) => getSlipDraft(tx, session, taskId));
  if (draft.units.length === 0) return null;
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
