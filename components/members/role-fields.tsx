"use client";

import { useState } from "react";
import { isUnitBoundRole } from "@/lib/auth/permissions";
import { BUREAU_ROLES, ROLE_LABELS } from "@/lib/vocabulary";
import type { Role } from "@/lib/generated/prisma/enums";
import { LabelOptions } from "@/components/ui/label-options";

export function RoleFields({
  units,
  defaultRole = "bureau_staff",
  defaultUnitId,
  errors,
}: {
  units: { id: string; name: string }[];
  defaultRole?: Role;
  defaultUnitId?: string | null;
  errors?: Record<string, string[]>;
}) {
  const [role, setRole] = useState<Role>(defaultRole);
  return (
    <>
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-slate-700">角色</span>
        <select
          name="role"
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          className="min-h-10 w-full rounded-md border border-slate-300 bg-white px-2"
        >
          <LabelOptions values={BUREAU_ROLES} labels={ROLE_LABELS} />
        </select>
        {errors?.role && <span className="mt-1 block text-xs text-red-600">{errors.role.join("；")}</span>}
      </label>
      {isUnitBoundRole(role) && (
        <label className="block text-sm">
          <span className="mb-1 block font-medium text-slate-700">所属单位</span>
          <select name="orgUnitId" defaultValue={defaultUnitId ?? ""} className="min-h-10 w-full rounded-md border border-slate-300 bg-white px-2">
            <option value="">请选择</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          {errors?.orgUnitId && <span className="mt-1 block text-xs text-red-600">{errors.orgUnitId.join("；")}</span>}
        </label>
      )}
    </>
  );
}
