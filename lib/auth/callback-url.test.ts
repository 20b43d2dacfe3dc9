import { describe, expect, it } from "vitest";
import { callbackUrlErrors, isAcceptableCallbackUrl } from "./callback-url";

describe("isAcceptableCallbackUrl", () => {
  it("accepts site paths and http(s) URLs", () => {
    for (const value of ["/", "/catalog?q=1", "http://localhost:3000/users", "https://herald.example/x"])
      expect(isAcceptableCallbackUrl(value), value).toBe(true);
  });

  it("refuses what next-auth would answer with a 500", () => {
    for (const value of [
      "\ufffd",
      "\u202eevil",
      "evil",
      "//evil.example",
      "/\\evil",
      "javascript:alert(1)",
      "",
    ])
      expect(isAcceptableCallbackUrl(value), JSON.stringify(value)).toBe(false);
  });
});

describe("callbackUrlErrors", () => {
  it("names the field only when a value is refused", () => {
    expect(callbackUrlErrors(["/ok", "https://a.example"])).toBeNull();
    expect(callbackUrlErrors(["/ok", "\ufffd"])).toEqual({
      callbackUrl: ["Must be a path on this site or an http(s) URL"],
    });
  });
});
