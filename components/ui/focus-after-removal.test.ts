import { describe, expect, it } from "vitest";
import { nearestFirst } from "./focus-after-removal";

describe("nearestFirst", () => {
  it("lists the rows below the removed one first, then those above, each from the nearest", () => {
    expect(nearestFirst(["a", "b", "c", "d", "e"], 2)).toEqual(["d", "e", "b", "a"]);
  });

  it("goes up the list from its last row, and down from its first", () => {
    expect(nearestFirst(["a", "b", "c"], 2)).toEqual(["b", "a"]);
    expect(nearestFirst(["a", "b", "c"], 0)).toEqual(["b", "c"]);
  });

  it("has nothing for the only row", () => {
    expect(nearestFirst(["a"], 0)).toEqual([]);
  });
});
