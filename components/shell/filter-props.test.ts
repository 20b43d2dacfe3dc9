import { describe, expect, it } from "vitest";
import { filterProps } from "./filter-props";

describe("filterProps", () => {
  it("derives the id (prefix and kebab-case name), the name and the label from the parameter", () => {
    const filter = filterProps("audit", (name) => `label of ${name}`);
    expect(filter("targetType")).toEqual({
      id: "audit-target-type",
      name: "targetType",
      label: "label of targetType",
    });
    expect(filter("actor").id).toBe("audit-actor");
  });
});
