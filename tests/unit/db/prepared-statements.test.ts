import { describe, expect, it } from "vitest";
import { preparedStatementsEnabled, statementNamer } from "@/lib/db/prepared-statements";

describe("prepared statements switch", () => {
  it("is on for a direct app URL and off once DATABASE_DIRECT_URL says the app URL is pooled", () => {
    expect(preparedStatementsEnabled({})).toBe(true);
    expect(preparedStatementsEnabled({ DATABASE_DIRECT_URL: "postgresql://db:5432/eduplan" })).toBe(false);
  });

  it("obeys DATABASE_PREPARED_STATEMENTS over the pooler guess (PgBouncer ≥ 1.21 tracks them)", () => {
    expect(preparedStatementsEnabled({ DATABASE_DIRECT_URL: "postgresql://db/eduplan", DATABASE_PREPARED_STATEMENTS: "on" })).toBe(true);
    expect(preparedStatementsEnabled({ DATABASE_PREPARED_STATEMENTS: " OFF " })).toBe(false);
  });
});

describe("statement names", () => {
  it("gives one stable name per SQL text", () => {
    const name = statementNamer();
    const a = name({ sql: "SELECT 1" });
    const b = name({ sql: "SELECT 2" });
    expect(a).toMatch(/^eduplan_\d+$/);
    expect(b).not.toBe(a);
    expect(name({ sql: "SELECT 1" })).toBe(a);
  });

  it("stops naming new texts at the cap, so a connection holds a bounded number of statements", () => {
    const name = statementNamer(2);
    const first = name({ sql: "SELECT 1" });
    name({ sql: "SELECT 2" });
    expect(name({ sql: "SELECT 3" })).toBeUndefined();
    expect(name({ sql: "SELECT 1" })).toBe(first);
  });
});
