"use client";

import { TextField } from "@/components/ui/text-field";
import { ActiveToggleForm, RowActionForm, RowActions } from "@/components/ui/row-actions";
import { moveTenantAction, renameTenantAction, setTenantActiveAction } from "@/lib/platform/actions";

interface Row {
  id: string;
  name: string;
  kind: "city" | "bureau";
  isActive: boolean;
  parentCode: string | null;
}

export function TenantRowActions({ tenant, cities }: { tenant: Row; cities: { code: string; name: string }[] }) {
  const row = { tenantId: tenant.id };
  return (
    <RowActions>
      <RowActionForm
        action={renameTenantAction}
        hidden={row}
        fields={(errors) => <TextField label="单位名称" name="name" defaultValue={tenant.name} errors={errors?.name} />}
        label="更名"
      />
      {tenant.kind === "bureau" && (
        <RowActionForm
          action={moveTenantAction}
          hidden={row}
          fields={() => (
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
          )}
          label="调整上级"
        />
      )}
      <ActiveToggleForm
        action={setTenantActiveAction}
        hidden={row}
        isActive={tenant.isActive}
        note={tenant.isActive ? "停用后该单位的账号不能再登录进入本单位，数据保留，可随时启用。" : undefined}
        labels={{ deactivate: "停用单位", activate: "启用单位" }}
      />
    </RowActions>
  );
}
