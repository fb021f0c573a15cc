import { describe, expect, it } from "vitest";
import { orderByDependencies } from "@/lib/backup/dependency-order";
import { planMigrations } from "@/lib/backup/migration-plan";

describe("load order", () => {
  it("puts every table after the tables it references, ignoring references to itself", () => {
    const order = orderByDependencies([
      { name: "reports", dependsOn: ["report_slots"] },
      { name: "report_slots", dependsOn: ["tasks", "tenants"] },
      { name: "tasks", dependsOn: ["tenants", "tasks"] },
      { name: "tenants", dependsOn: ["tenants"] },
      { name: "users", dependsOn: [] },
    ]).map((t) => t.name);
    expect(order).toEqual(["tenants", "users", "tasks", "report_slots", "reports"]);
  });

  it("refuses a cycle instead of producing an order that cannot load", () => {
    expect(() =>
      orderByDependencies([
        { name: "a", dependsOn: ["b"] },
        { name: "b", dependsOn: ["a"] },
      ]),
    ).toThrow(/cycle among: a, b/);
  });
});

describe("restore migrations", () => {
  const known = ["1_init", "2_reporting", "3_catalogue"];

  it("rebuilds the backup's schema first and applies this version's newer migrations after the rows", () => {
    expect(planMigrations(["1_init", "2_reporting"], known)).toEqual({ before: ["1_init", "2_reporting"], after: ["3_catalogue"] });
    expect(planMigrations(known, known)).toEqual({ before: known, after: [] });
  });

  it("refuses a backup from a newer version, or one whose history differs", () => {
    expect(() => planMigrations([...known, "4_future"], known)).toThrow("备份来自更新版本的 EduPlan（本版本不认识迁移 4_future）");
    expect(() => planMigrations(["1_init", "3_catalogue"], known)).toThrow("迁移记录与本版本不一致");
  });
});
