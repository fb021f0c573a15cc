// The staff's 待办 row: what waits for them, each count linking to its list.
// Shown at zero too, so "nothing waits" is an answer rather than a gap.
import Link from "@/components/ui/link";
import type { TenantSession } from "@/lib/auth/session";
import { readTenant } from "@/lib/db/tenant-scope";
import { staffQueueCounts } from "@/lib/supervision/queries/staff-queue-counts";
import { STAFF_QUEUES } from "@/lib/vocabulary";

export async function StaffQueueRow({ session }: { session: TenantSession }) {
  const counts = await readTenant(session, (tx) => staffQueueCounts(tx, session.tenant.tenantId));
  return (
    <section aria-label="待办" className="mb-6">
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5" data-testid="staff-queues">
        {STAFF_QUEUES.map((q) => {
          const value = counts[q.key];
          return (
            <li key={q.key}>
              <Link
                href={q.href}
                data-testid={`queue-${q.key}`}
                className={`block rounded-xl border bg-white p-3 shadow-sm hover:border-brand-600 ${value > 0 ? "border-amber-300" : "border-slate-200"}`}
              >
                <p className="text-sm text-slate-500">{q.label}</p>
                <p className={`mt-1 text-2xl font-semibold tabular-nums ${value > 0 ? "text-amber-700" : "text-slate-500"}`}>{value}</p>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
