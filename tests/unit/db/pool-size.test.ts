import { describe, expect, it } from "vitest";
import { defaultPoolSize, poolSize } from "@/lib/db/pool-size";

describe("database pool size", () => {
  it("defaults to two connections per core and one more, as Prisma's own pool did", () => {
    expect(defaultPoolSize(2)).toBe(5);
    expect(defaultPoolSize(8)).toBe(17);
    expect(poolSize({}, 2)).toBe(5);
    expect(poolSize({ DATABASE_POOL_MAX: " " }, 4)).toBe(9);
  });

  it("takes DATABASE_POOL_MAX when the operator sets it", () => {
    expect(poolSize({ DATABASE_POOL_MAX: "10" }, 2)).toBe(10);
    expect(poolSize({ DATABASE_POOL_MAX: " 3 " }, 16)).toBe(3);
  });

  it("refuses a setting that is not a positive whole number instead of running with a broken pool", () => {
    for (const bad of ["0", "-2", "2.5", "ten"]) {
      expect(() => poolSize({ DATABASE_POOL_MAX: bad }, 2)).toThrow(/DATABASE_POOL_MAX 应为正整数/);
    }
  });
});
