import type { APIResponse, Page, Response } from "@playwright/test";
import { expect, test } from "./fixtures";
import { appPages, mainPages, resolvePath, visitors } from "./main-pages";

// Every page an admin may open (e2e/main-pages.ts, the accessibility sweep's list), the sign-in page and a 404.
const adminPages = [...mainPages, "/no-such-page"];
// The pages only the demo user may open (their own received e-mail).
const userOnlyPages = appPages.filter((page) => !visitors(page).includes("admin")).map((page) => page.path);

function directives(policy: string) {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

/** The response's CSP, checked for the rules every page must follow; returns its nonce. */
function expectStrictPolicy(response: Response | APIResponse | null, path: string): string {
  expect(response, path).not.toBeNull();
  const headers = response!.headers();
  const policy = directives(headers["content-security-policy"] ?? "");
  const scripts = policy.get("script-src") ?? [];
  const nonce = scripts.find((source) => source.startsWith("'nonce-"))?.slice("'nonce-".length, -1);
  expect(nonce, `${path}: script-src ${scripts.join(" ")}`).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(scripts, path).toContain("'strict-dynamic'");
  expect(scripts, path).not.toContain("'unsafe-inline'");
  expect(scripts, path).not.toContain("'unsafe-eval'");
  expect(policy.get("default-src"), path).toEqual(["'self'"]);
  expect(policy.get("object-src"), path).toEqual(["'none'"]);
  expect(policy.get("base-uri"), path).toEqual(["'self'"]);
  expect(policy.get("form-action"), path).toEqual(["'self'"]);
  expect(policy.get("frame-ancestors"), path).toEqual(["'none'"]);
  expect(headers["x-frame-options"], path).toBe("DENY");
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  // Plain http here: no HSTS.
  expect(headers["strict-transport-security"], path).toBeUndefined();
  return nonce!;
}

/** Collects every CSP violation the page (or a frame in it) reports while it is open. */
function recordViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function expectPageWorksUnderPolicy(page: Page, path: string) {
  const violations = recordViolations(page);
  const response = await page.goto(await resolvePath(path));
  const nonce = expectStrictPolicy(response, path);
  // Every script Herald serves carries this response's nonce (Next's own and next-themes').
  const html = await response!.text();
  const tags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length, path).toBeGreaterThan(0);
  for (const tag of tags) expect(tag, path).toContain(`nonce="${nonce}"`);
  await page.waitForLoadState("networkidle");
  // next-themes' inline script ran (it sets the theme class before hydration).
  await expect(page.locator("html"), path).toHaveClass(/\b(light|dark)\b/);
  // Next's client bootstrap ran (it defines window.next).
  expect(await page.evaluate(() => "next" in window), path).toBe(true);
  expect(violations, path).toEqual([]);
}

test.describe("[security]", () => {
  test("[security] the sign-in page has a strict CSP and runs under it", async ({ page }) => {
    await expectPageWorksUnderPolicy(page, "/sign-in");
  });

  for (const path of adminPages) {
    test(`[security] ${path} has a strict CSP with a fresh nonce and no violation`, async ({ adminPage }) => {
      await expectPageWorksUnderPolicy(adminPage, path);
    });
  }

  for (const path of userOnlyPages) {
    test(`[security] ${path} has a strict CSP with a fresh nonce and no violation for a user`, async ({
      userPage,
    }) => {
      await expectPageWorksUnderPolicy(userPage, path);
    });
  }

  test("[security] every response gets its own nonce", async ({ request }) => {
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) nonces.add(expectStrictPolicy(await request.get("/sign-in"), "/sign-in"));
    expect(nonces.size).toBe(3);
  });

  test("[security] a client cannot choose the nonce", async ({ request }) => {
    const forged = "AAAAAAAAAAAAAAAAAAAAAA==";
    const response = await request.get("/sign-in", {
      headers: { "Content-Security-Policy": `script-src 'nonce-${forged}'`, "X-Nonce": forged },
    });
    expect(expectStrictPolicy(response, "/sign-in")).not.toBe(forged);
    expect(await response.text()).not.toContain(forged);
  });

  test("[security] the e-mail preview renders inside its sandboxed frame under the page's policy", async ({
    adminPage: page,
  }) => {
    const violations = recordViolations(page);
    await page.goto("/templates/monitoring.cpu-critical");
    const frame = page.frameLocator('[data-testid="preview-frame"]');
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText("CPU critical on pam-node-01: 96.4%");
    // The e-mail's inline styles apply (body background colors.page).
    await expect(frame.locator("body")).toHaveCSS("background-color", "rgb(243, 244, 246)");
    expect(violations).toEqual([]);
  });

  test("[security] API responses forbid every kind of content and framing", async ({ request }) => {
    const response = await request.get("/api/v1/openapi.json");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
  });

  test("[security] HSTS is sent when a trusted proxy says the client came over https", async ({
    request,
  }) => {
    const response = await request.get("/sign-in", { headers: { "X-Forwarded-Proto": "https" } });
    expect(response.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    const api = await request.get("/api/v1/openapi.json", { headers: { "X-Forwarded-Proto": "https" } });
    expect(api.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  });

  test("[security] a server action posted from another site is refused with 403 and runs nothing", async ({
    adminPage,
  }) => {
    // The admin's own cookies, as a forged cross-site form or fetch would carry them.
    const response = await adminPage.request.post("/api-keys", {
      headers: {
        "Next-Action": "7f".padEnd(42, "0"),
        Origin: "https://evil.example",
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
      },
      data: JSON.stringify([{ name: "cross-site", scopes: ["catalog:read"] }]),
    });
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({
      error: { code: "FORBIDDEN", message: "Server actions only accept requests from Herald's own pages" },
    });

    const nullOrigin = await adminPage.request.post("/api-keys", {
      headers: { "Next-Action": "7f".padEnd(42, "0"), Origin: "null" },
      data: "[]",
    });
    expect(nullOrigin.status()).toBe(403);
  });
});
