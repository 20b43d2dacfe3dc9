import { describe, expect, it } from "vitest";
import { fieldTree } from "@/lib/templates/fields";
import { payloadSchemas, samplePayloads } from "@/lib/templates/payloads";
import { emptyFor, fromLocalInput, getAt, removeAt, setAt, toLocalInput } from "./payload-value";

describe("payload value edits", () => {
  it("sets, reads and removes values by path without touching the original", () => {
    const original = { a: { b: 1 }, list: [{ x: "1" }, { x: "2" }] };
    const next = setAt(original, ["a", "b"], 2);
    expect(getAt(next, ["a", "b"])).toBe(2);
    expect(original.a.b).toBe(1);
    expect(getAt(setAt(original, ["list", 1, "x"], "z"), ["list", 1, "x"])).toBe("z");
    expect(setAt(original, ["a", "b"], undefined)).toEqual({ a: {}, list: original.list });
    expect(removeAt(original, ["list"], 0)).toEqual({ a: { b: 1 }, list: [{ x: "2" }] });
    expect(setAt({}, ["new", "deep"], "v")).toEqual({ new: { deep: "v" } });
  });

  it("builds an empty item with every required field of the schema", () => {
    const schema = payloadSchemas["credentials.password-changed"];
    const empty = emptyFor(fieldTree(schema)) as Record<string, unknown>;
    const required = Object.entries(schema.shape)
      .filter(([, field]) => !field.safeParse(undefined).success)
      .map(([key]) => key);
    expect(Object.keys(empty).sort()).toEqual(required.sort());
    expect(required).toContain("credential");
    expect(Object.keys(samplePayloads["credentials.password-changed"])).toEqual(
      expect.arrayContaining(required),
    );
    expect(empty.changeMethod).toBe("manual");
  });

  it("turns instants into datetime-local values in UTC and back", () => {
    expect(toLocalInput("2026-11-24T14:03:00-03:00")).toBe("2026-11-24T17:03:00");
    expect(fromLocalInput("2026-11-24T17:03")).toBe("2026-11-24T17:03:00Z");
    expect(fromLocalInput("2026-11-24T17:03:05")).toBe("2026-11-24T17:03:05Z");
    expect(fromLocalInput("")).toBeUndefined();
    expect(toLocalInput("not a date")).toBe("");
  });
});
