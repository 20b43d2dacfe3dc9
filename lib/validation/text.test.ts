import { describe, expect, it } from "vitest";
import { findUnsafeText, isSafeText, unsafeTextErrors } from "./text";

describe("isSafeText", () => {
  it("accepts ordinary text, tabs, line breaks, accents, emoji and CJK", () => {
    for (const text of ["", "Ana Souza", "a\tb\nc\r\n", "Ação é ótima", "🔐 ok", "密码"]) {
      expect(isSafeText(text), JSON.stringify(text)).toBe(true);
    }
  });

  it("refuses NUL, the other C0 controls and lone surrogates", () => {
    for (const text of [
      "\u0000",
      "a\u0001",
      "\u0008",
      "\u000b",
      "\u000c",
      "\u001f",
      "\ud800",
      "x\udfffy",
      "\udc00\ud800",
    ]) {
      expect(isSafeText(text), JSON.stringify(text)).toBe(false);
    }
  });
});

describe("findUnsafeText", () => {
  it("names every unsafe string and object key by path, at any depth", () => {
    const input = { name: "ok", tags: ["fine", "bad\u0000"], nested: { deep: [{ "\u0001key": "v" }] } };
    expect(
      findUnsafeText(input)
        .map((issue) => issue.path)
        .sort(),
    ).toEqual(["nested.deep.0.\u0001key", "tags.1"]);
    expect(unsafeTextErrors({ q: "\u0000" })).toEqual({ q: ["invalidCharacters"] });
    expect(unsafeTextErrors({ q: "fine" })).toBeNull();
  });

  it("walks hostile nesting without overflowing the stack", () => {
    let deep: unknown = "\u0000";
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(findUnsafeText(deep)).toHaveLength(1);
  });
});
