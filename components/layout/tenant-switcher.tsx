"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { switchTenantAction } from "@/lib/tenants/actions";

export function TenantSwitcher({ current, options }: { current: string; options: { code: string; name: string }[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <select
      aria-label="切换单位"
      value={current}
      disabled={pending}
      onChange={(e) => {
        const tenantCode = e.target.value;
        startTransition(async () => {
          await switchTenantAction({ tenantCode });
          router.push("/");
          router.refresh();
        });
      }}
      className="min-h-9 rounded-md border border-slate-300 bg-white px-2 text-sm"
    >
      {options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.name}
        </option>
      ))}
    </select>
  );
}
