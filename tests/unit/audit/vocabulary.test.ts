// The audit page speaks Chinese for every action the code records, and only
// bureau admins read it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from "@/lib/vocabulary";
import { auditFilterSchema } from "@/lib/audit/filter";
import { ALL_PERMISSIONS, can, isWritePermission } from "@/lib/auth/permissions";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated") return [];
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("audit vocabulary", () => {
  it("has a Chinese label for every action and object type recordAudit is called with", () => {
    const recorded = sources(path.resolve("lib"))
      .map((file) => readFileSync(file, "utf8"))
      .filter((text) => text.includes("recordAudit("));
    const actions = new Set(recorded.flatMap((text) => [...text.matchAll(/"([a-z_]+(?:\.[a-z_]+)+)"/g)].map((m) => m[1]!)));
    const types = new Set(recorded.flatMap((text) => [...text.matchAll(/entityType: "([a-z_]+)"/g)].map((m) => m[1]!)));
    expect(actions.size).toBeGreaterThan(20);
    expect([...actions].filter((a) => !(a in AUDIT_ACTION_LABELS))).toEqual([]);
    expect([...types].filter((t) => !(t in AUDIT_ENTITY_LABELS))).toEqual([]);
  });

  it("drops filter values it does not know instead of failing", () => {
    expect(auditFilterSchema.parse({ action: "no.such", entityType: "plan", from: "2024-13-40", to: "2024-02-01", page: "x" })).toEqual({
      entityType: "plan",
      to: "2024-02-01",
      page: 1,
    });
  });
});

describe("audit permission", () => {
  it("gives the audit trail to bureau admins only, as a read", () => {
    expect(ALL_PERMISSIONS).toContain("audit:read");
    expect(isWritePermission("audit:read")).toBe(false);
    expect(can("bureau_admin", "audit:read")).toBe(true);
    for (const role of ["bureau_staff", "leader", "unit_reporter", "city_viewer", "platform_admin"] as const) expect(can(role, "audit:read")).toBe(false);
  });
});
