import { describe, expect, it } from "vitest";
import { barLength, percentPolyline } from "./geometry";

describe("percentPolyline", () => {
  it("spreads the values across the box, 100 % at the top and 0 % at the bottom", () => {
    expect(percentPolyline([0, 50, 100], { width: 200, height: 100 })).toBe("0,100 100,50 200,0");
  });

  it("clamps values outside 0–100 and draws a single value as a flat line", () => {
    expect(percentPolyline([-5, 130], { width: 10, height: 10 })).toBe("0,10 10,0");
    expect(percentPolyline([25], { width: 40, height: 100 })).toBe("0,75 40,75");
  });

  it("draws nothing for no values", () => {
    expect(percentPolyline([], { width: 10, height: 10 })).toBe("");
  });
});

describe("barLength", () => {
  it("scales a value to the width, capped at the maximum", () => {
    expect(barLength(5, 20, 100)).toBe(25);
    expect(barLength(40, 20, 100)).toBe(100);
  });

  it("is zero for a zero value or an empty scale", () => {
    expect(barLength(0, 20, 100)).toBe(0);
    expect(barLength(3, 0, 100)).toBe(0);
  });
});
