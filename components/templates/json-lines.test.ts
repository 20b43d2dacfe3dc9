import { describe, expect, it } from "vitest";
import { jsonPathLines, lineOf } from "./json-lines";

const text = JSON.stringify(
  {
    request: { id: "R-1", approvers: [{ name: "A" }, { name: 'B "quoted" }' }], note: "x:{y}" },
    url: "https://x",
  },
  null,
  2,
);

describe("jsonPathLines", () => {
  it("finds the line of every key and array element", () => {
    const lines = jsonPathLines(text);
    expect(lines.get("request")).toBe(2);
    expect(lines.get("request.id")).toBe(3);
    expect(lines.get("request.approvers.0.name")).toBe(6);
    expect(lines.get("request.approvers.1")).toBe(8);
    expect(lines.get("request.approvers.1.name")).toBe(9);
    expect(lines.get("request.note")).toBe(12);
    expect(lines.get("url")).toBe(14);
  });

  it("points a missing field at its nearest existing parent", () => {
    const lines = jsonPathLines(text);
    expect(lineOf(lines, "request.justification")).toBe(2);
    expect(lineOf(lines, "nothing.here")).toBe(1);
  });
});
