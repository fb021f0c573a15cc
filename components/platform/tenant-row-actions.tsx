"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { fieldErrors, FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { moveTenantAction, renameTenantAction, setTenantActiveAction } from "@/lib/platform/actions";

interface Row {
  id: string;
  name: string;
  kind: "city" | "bureau";
  isActive: boolean;
  parentCode: string | null;
}

export function TenantRowActions({ tenant, cities }: { tenant: Row; cities: { code: string; name: string }[] }) {
  const [renameState, renameAction, renamePending] = useActionState(renameTenantAction, null);
  const [moveState, moveAction, movePending] = useActionState(moveTenantAction, null);
  const [activeState, activeAction, activePending] = useActionState(setTenantActiveAction, null);
  return (
    <details className="w-full sm:w-auto">
      <summary className="cursor-pointer text-sm text-brand-700">管理</summary>
      <div className="mt-3 grid gap-4 rounded-lg bg-slate-50 p-3 sm:w-80">
        <form action={renameAction} className="space-y-2">
          <input type="hidden" name="tenantId" value={tenant.id} />
          <TextField label="单位名称" name="name" defaultValue={tenant.name} errors={fieldErrors(renameState)?.name} />
          <Button type="submit" variant="secondary" disabled={renamePending}>
            更名
          </Button>
          <FormMessage state={renameState} />
        </form>
        {tenant.kind === "bureau" && (
          <form action={moveAction} className="space-y-2">
            <input type="hidden" name="tenantId" value={tenant.id} />
            <label className="block text-sm">
              <span className="mb-1 block font-medium text-slate-700">所属市级教育局</span>
              <select
                name="parentCode"
                defaultValue={tenant.parentCode ?? ""}
                className="block min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-base sm:text-sm"
              >
                {cities.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
            <Button type="submit" variant="secondary" disabled={movePending}>
              调整上级
            </Button>
            <FormMessage state={moveState} />
          </form>
        )}
        <form action={activeAction} className="space-y-2">
          <input type="hidden" name="tenantId" value={tenant.id} />
          <input type="hidden" name="active" value={tenant.isActive ? "false" : "true"} />
          {tenant.isActive && <p className="text-xs text-slate-500">停用后该单位的账号不能再登录进入本单位，数据保留，可随时启用。</p>}
          <Button type="submit" variant={tenant.isActive ? "danger" : "secondary"} disabled={activePending}>
            {tenant.isActive ? "停用单位" : "启用单位"}
          </Button>
          <FormMessage state={activeState} />
        </form>
      </div>
    </details>
  );
}
