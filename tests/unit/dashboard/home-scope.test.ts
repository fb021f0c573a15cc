// The home page's scope (decision 0049): only 我负责的 waits for the linked
// people, and a leader nobody is linked to starts on the whole bureau.
import { describe, expect, it } from "vitest";
import { chooseHomeScope, resolveHomeScope } from "@/lib/dashboard/home-scope";

describe("chooseHomeScope", () => {
  it("follows ?mine= whatever the role", () => {
    expect(chooseHomeScope("1", false)).toBe("mine");
    expect(chooseHomeScope("1", true)).toBe("mine");
    expect(chooseHomeScope("0", true)).toBe("all");
  });

  it("starts a leader on 我负责的 once linked, everyone else on the whole bureau", () => {
    expect(chooseHomeScope(undefined, true)).toBe("mine-if-linked");
    expect(chooseHomeScope(undefined, false)).toBe("all");
    expect(chooseHomeScope("yes", false)).toBe("all");
  });
});

describe("resolveHomeScope", () => {
  it("shows the whole bureau asked for, whoever is linked", () => {
    expect(resolveHomeScope("all", 0)).toEqual({ mine: false, empty: false });
    expect(resolveHomeScope("all", 3)).toEqual({ mine: false, empty: false });
  });

  it("shows 我负责的 asked for, empty when nobody is linked", () => {
    expect(resolveHomeScope("mine", 2)).toEqual({ mine: true, empty: false });
    expect(resolveHomeScope("mine", 0)).toEqual({ mine: true, empty: true });
  });

  it("gives a leader nobody is linked to the whole bureau, not an empty page", () => {
    expect(resolveHomeScope("mine-if-linked", 1)).toEqual({ mine: true, empty: false });
    expect(resolveHomeScope("mine-if-linked", 0)).toEqual({ mine: false, empty: false });
  });
});
