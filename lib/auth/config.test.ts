import { afterEach, describe, expect, it, vi } from "vitest";

async function configWith(appUrl: string) {
  vi.stubEnv("APP_URL", appUrl);
  vi.resetModules(); // lib/env reads the environment once, when first imported
  return (await import("./config")).authConfig;
}

describe("authConfig", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("forces Secure session cookies when Herald's public address is https", async () => {
    expect((await configWith("https://herald.example.com")).useSecureCookies).toBe(true);
  });

  it("otherwise lets next-auth decide per request from the (forwarded) protocol", async () => {
    expect((await configWith("http://localhost:3000")).useSecureCookies).toBeUndefined();
  });
});

describe("isPublicPath", () => {
  it("lets visitors reach sign-in, unsubscribe links and the API (which authenticates itself)", async () => {
    const { isPublicPath } = await import("./config");
    for (const path of ["/sign-in", "/unsubscribe/abc", "/unsubscribe/abc/one-click", "/api/v1/catalog"])
      expect(isPublicPath(path), path).toBe(true);
    for (const path of ["/", "/users", "/me/notifications", "/api-keys", "/sign-in/x"])
      expect(isPublicPath(path), path).toBe(false);
  });
});
