import { describe, expect, it } from "vitest";
import { MAX_NAMED_PARAMETERS, preparedStatementsEnabled, statementNamer } from "@/lib/db/prepared-statements";

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
  it("gives the same name to the same SQL text, in every client (a hash of the text)", () => {
    const a = statementNamer();
    const b = statementNamer();
    const first = a({ sql: "SELECT 1" });
    expect(first).toMatch(/^eduplan_[0-9a-f]{24}$/);
    expect(a({ sql: "SELECT 2" })).not.toBe(first);
    expect(a({ sql: "SELECT 1" })).toBe(first);
    // Another process's client meets the texts in another order and still names them alike.
    b({ sql: "SELECT 2" });
    expect(b({ sql: "SELECT 1" })).toBe(first);
  });

  it("stops naming new texts at the cap, so a connection holds a bounded number of statements", () => {
    const name = statementNamer(2);
    const first = name({ sql: "SELECT 1" });
    name({ sql: "SELECT 2" });
    expect(name({ sql: "SELECT 3" })).toBeUndefined();
    expect(name({ sql: "SELECT 1" })).toBe(first);
  });

  it("leaves unnamed a list spelled out as parameters and a * select list", () => {
    const name = statementNamer();
    const many = Array.from({ length: MAX_NAMED_PARAMETERS + 1 }, (_, i) => i);
    expect(name({ sql: `SELECT id FROM tasks WHERE id IN (${many.map((i) => `$${i + 1}`).join(",")})`, args: many })).toBeUndefined();
    expect(name({ sql: "SELECT t.* FROM tasks t WHERE t.tenant_id = $1", args: ["x"] })).toBeUndefined();
    expect(name({ sql: 'INSERT INTO "org_units" ("name") VALUES ($1) RETURNING *', args: ["x"] })).toBeUndefined();
    expect(name({ sql: "SELECT count(*)::int AS n FROM tasks WHERE tenant_id = $1", args: ["x"] })).toMatch(/^eduplan_/);
  });
});
