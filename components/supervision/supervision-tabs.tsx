// The tabs over the staff's 督办 lists: 延期申请, 销号申请, 待签收, 督办单 and
// 督办设置, each shown when the permission table lets the caller open it.
import Link from "@/components/ui/link";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { AWAITING_ACK_LABEL, SLIP_FIELD_LABELS, SUPERVISION_REQUEST_KIND_LABELS } from "@/lib/vocabulary";

export type SupervisionTab = "extension" | "closing" | "acknowledgements" | "slips" | "settings";

export function supervisionTabs(role: Role | null): { key: SupervisionTab; href: string; label: string }[] {
  const tabs: { key: SupervisionTab; href: string; label: string }[] = [];
  if (can(role, "supervision:manage")) {
    tabs.push(
      { key: "extension", href: "/supervision/requests?kind=extension", label: SUPERVISION_REQUEST_KIND_LABELS.extension },
      { key: "closing", href: "/supervision/requests?kind=closing", label: SUPERVISION_REQUEST_KIND_LABELS.closing },
      { key: "acknowledgements", href: "/supervision/acknowledgements", label: AWAITING_ACK_LABEL },
    );
  }
  if (can(role, "slips:read")) tabs.push({ key: "slips", href: "/supervision/slips?state=awaiting", label: SLIP_FIELD_LABELS.title });
  if (can(role, "supervision:settings:read")) tabs.push({ key: "settings", href: "/supervision/settings", label: "督办设置" });
  return tabs;
}

export function SupervisionTabs({ role, current }: { role: Role | null; current: SupervisionTab }) {
  return (
    <nav className="mb-3 flex flex-wrap gap-2 text-sm" aria-label="督办">
      {supervisionTabs(role).map((t) => (
        <Link
          key={t.key}
          href={t.href}
          aria-current={t.key === current ? "page" : undefined}
          className={`rounded-md px-3 py-1.5 ${t.key === current ? "bg-brand-600 text-white" : "border border-slate-300 bg-white"}`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
