import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "./csp";

function directives(policy: string) {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe("contentSecurityPolicy", () => {
  it("lets only this response's nonce (and what its scripts load) run", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "abc123==" }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("allows eval only for the development build", () => {
    expect(directives(contentSecurityPolicy({ nonce: "n" })).get("script-src")).not.toContain(
      "'unsafe-eval'",
    );
    expect(directives(contentSecurityPolicy({ nonce: "n", dev: true })).get("script-src")).toContain(
      "'unsafe-eval'",
    );
  });

  it("never allows inline script, and keeps inline styles working (no nonce beside 'unsafe-inline')", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "n", dev: true }));
    for (const [name, sources] of policy) {
      if (name.startsWith("script-src") || name === "default-src")
        expect(sources).not.toContain("'unsafe-inline'");
    }
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe("createNonce", () => {
  it("gives 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, () => createNonce()));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
  });
});
