// The selects built from a vocabulary offer every value, in its display order, under its Chinese label.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LabelOptions } from "@/components/ui/label-options";
import { AUDIT_ENTITY_LABELS, UNIT_ROLE_LABELS, UNIT_ROLES } from "@/lib/vocabulary";

const options = (html: string) => [...html.matchAll(/<option value="([^"]+)">([^<]+)<\/option>/g)].map((m) => [m[1], m[2]]);

describe("LabelOptions", () => {
  it("offers the given values in the given order", () => {
    const html = renderToStaticMarkup(createElement("select", null, createElement(LabelOptions, { values: UNIT_ROLES, labels: UNIT_ROLE_LABELS })));
    expect(options(html)).toEqual([
      ["lead", "牵头"],
      ["responsible", "责任"],
      ["cooperate", "配合"],
    ]);
    const some = renderToStaticMarkup(createElement(LabelOptions, { values: ["cooperate", "lead"] as const, labels: UNIT_ROLE_LABELS }));
    expect(options(some)).toEqual([
      ["cooperate", "配合"],
      ["lead", "牵头"],
    ]);
  });

  it("lists every label when no order is given", () => {
    const html = renderToStaticMarkup(createElement("select", null, createElement(LabelOptions, { labels: AUDIT_ENTITY_LABELS })));
    expect(options(html)).toEqual(Object.entries(AUDIT_ENTITY_LABELS));
  });
});
