import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  crossOriginActionReason,
  isApiPath,
  malformedPathReason,
  requestPath,
  servedOverHttps,
} from "./request-guard";

describe("malformedPathReason", () => {
  it("refuses the broken encodings that made Next answer 500", () => {
    for (const target of [
      "/api/v1/catalog/%zz",
      "/unsubscribe/%zz",
      "/api/auth/%zz",
      "/users/%E2%82", // a cut multi-byte sequence
      "/users/%ED%A0%80", // an encoded lone surrogate (U+D800)
      "/users/%",
      "http://herald.example/api/%zz?x=1", // absolute-form request target
    ]) {
      expect(malformedPathReason(target), target).toBe("The request path is not valid percent-encoded UTF-8");
    }
  });

  it("refuses NUL anywhere in the path", () => {
    expect(malformedPathReason("/api/v1/catalog/%00")).toBe("The request path contains a NUL byte");
    expect(malformedPathReason("/users/a%00b/x")).toBe("The request path contains a NUL byte");
  });

  it("judges the path only: the query string is the route's to validate", () => {
    expect(malformedPathReason("/users?q=%zz")).toBeNull();
    expect(malformedPathReason("/api/v1/catalog?q=%00")).toBeNull();
  });

  it("accepts every path made of encoded NUL-free strings", () => {
    const segment = fc.string({ unit: "grapheme", maxLength: 20 }).filter((s) => !s.includes("\0"));
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (segments) => {
        const target = `/${segments.map(encodeURIComponent).join("/")}`;
        expect(malformedPathReason(target)).toBeNull();
      }),
    );
  });

  it("refuses any path holding one broken escape, wherever it sits", () => {
    const segment = fc.string({ maxLength: 12 }).map(encodeURIComponent);
    // A tail opening with hex digits would complete a lone "%" into a valid escape ("%" + "00").
    const tailSegment = segment.filter((s) => !/^[0-9A-Fa-f]/.test(s));
    const broken = fc.oneof(
      fc.constant("%"),
      fc.stringMatching(/^%[0-9A-Fa-f]?[^0-9A-Fa-f]$/),
      fc.constantFrom("%C3", "%E2%82", "%F0%9F%98", "%ED%A0%80", "%ED%BF%BF", "%C0%AF", "%FF"),
    );
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 4 }),
        segment,
        broken,
        tailSegment,
        (before, head, bad, tail) => {
          const target = `/${[...before, `${head}${bad}${tail}`].join("/")}?q=1`;
          expect(malformedPathReason(target)).toBe("The request path is not valid percent-encoded UTF-8");
        },
      ),
    );
  });
});

describe("requestPath and isApiPath", () => {
  it("strips the query, the fragment and an absolute-form authority", () => {
    expect(requestPath("/api/v1/catalog?severity=high")).toBe("/api/v1/catalog");
    expect(requestPath("http://h:3000/a/b?c#d")).toBe("/a/b");
    expect(isApiPath("/api/v1/catalog?x")).toBe(true);
    expect(isApiPath("/api")).toBe(true);
    expect(isApiPath("/api-keys")).toBe(false);
    expect(isApiPath("/unsubscribe/x")).toBe(false);
    expect(isApiPath("/unsubscribe/%zz/one-click")).toBe(true);
  });
});

describe("crossOriginActionReason", () => {
  const action = { "next-action": "7f00", host: "herald.example:3000" };

  it("refuses a server action posted from another site", () => {
    expect(crossOriginActionReason("POST", { ...action, origin: "https://evil.example" })).toBe(
      "Server actions only accept requests from Herald's own pages",
    );
    expect(crossOriginActionReason("POST", { ...action, origin: "null" })).not.toBeNull();
    expect(crossOriginActionReason("POST", { ...action, origin: "not a url" })).toBe(
      "The Origin header is not a URL",
    );
    // Same host name on another port is another origin.
    expect(
      crossOriginActionReason("POST", { ...action, origin: "http://herald.example:4000" }),
    ).not.toBeNull();
  });

  it("lets same-origin actions, origin-less requests and non-actions through", () => {
    expect(crossOriginActionReason("POST", { ...action, origin: "http://herald.example:3000" })).toBeNull();
    expect(crossOriginActionReason("POST", action)).toBeNull();
    expect(crossOriginActionReason("GET", { ...action, origin: "https://evil.example" })).toBeNull();
    expect(crossOriginActionReason("POST", { host: "h", origin: "https://evil.example" })).toBeNull();
  });

  it("compares with the first X-Forwarded-Host when a proxy sets one, as Next does", () => {
    const proxied = { ...action, "x-forwarded-host": "herald.corp, internal:3000" };
    expect(crossOriginActionReason("POST", { ...proxied, origin: "https://herald.corp" })).toBeNull();
    expect(
      crossOriginActionReason("POST", { ...proxied, origin: "http://herald.example:3000" }),
    ).not.toBeNull();
  });
});

describe("servedOverHttps", () => {
  it("is true for an https APP_URL, or a trusted proxy's X-Forwarded-Proto", () => {
    expect(servedOverHttps("https://herald.corp", false, {})).toBe(true);
    expect(servedOverHttps("http://localhost:3000", true, { "x-forwarded-proto": "https" })).toBe(true);
    expect(servedOverHttps("http://localhost:3000", true, { "x-forwarded-proto": "HTTPS, http" })).toBe(true);
  });

  it("ignores X-Forwarded-Proto from an untrusted client", () => {
    expect(servedOverHttps("http://localhost:3000", false, { "x-forwarded-proto": "https" })).toBe(false);
    expect(servedOverHttps("http://localhost:3000", true, { "x-forwarded-proto": "http" })).toBe(false);
    expect(servedOverHttps("http://localhost:3000", true, {})).toBe(false);
  });
});
