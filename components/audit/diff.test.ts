import { describe, expect, it } from "vitest";
import { diffValues, displayValue } from "./diff";

describe("diffValues", () => {
  it("marks added, removed, changed and unchanged fields, nested ones by dotted path", () => {
    const rows = diffValues(
      { name: "Ana", role: "USER", tags: ["a"], address: { city: "Recife", zip: "50000" }, old: true },
      { name: "Ana", role: "ADMIN", tags: ["a", "b"], address: { city: "Recife", zip: "51000" }, added: 1 },
    );
    expect(rows).toEqual([
      { path: "name", kind: "unchanged", before: "Ana", after: "Ana" },
      { path: "role", kind: "changed", before: "USER", after: "ADMIN" },
      { path: "tags", kind: "changed", before: ["a"], after: ["a", "b"] },
      { path: "address.city", kind: "unchanged", before: "Recife", after: "Recife" },
      { path: "address.zip", kind: "changed", before: "50000", after: "51000" },
      { path: "old", kind: "removed", before: true },
      { path: "added", kind: "added", after: 1 },
    ]);
  });

  it("handles creations, deletions, empty entries and bare values", () => {
    expect(diffValues(null, { name: "x" })).toEqual([{ path: "name", kind: "added", after: "x" }]);
    expect(diffValues({ name: "x" }, undefined)).toEqual([{ path: "name", kind: "removed", before: "x" }]);
    expect(diffValues(null, null)).toEqual([]);
    expect(diffValues("a", "b")).toEqual([{ path: "", kind: "changed", before: "a", after: "b" }]);
    expect(diffValues({ revokedAt: null }, { revokedAt: "2026-01-01" })).toEqual([
      { path: "revokedAt", kind: "changed", before: null, after: "2026-01-01" },
    ]);
  });
});

describe("displayValue", () => {
  it("shows strings as they are and the rest as JSON", () => {
    expect(displayValue("hello")).toBe("hello");
    expect(displayValue(null)).toBe("null");
    expect(displayValue(["a", 1])).toBe('["a",1]');
    expect(displayValue(undefined)).toBe("");
  });
});
