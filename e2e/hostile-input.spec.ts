import { randomInt } from "node:crypto";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import fc from "fast-check";
import { ApiScope } from "@/generated/prisma/enums";
import { generateApiKey } from "@/lib/api-keys/secret";
import { createGroup } from "@/prisma/seed/factories";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";
import {
  hostileBody,
  hostileQuery,
  hostileSegment,
  hostileText,
  hostileValue,
  shapeOf,
} from "./hostile-input";

// Fuzzing every text input of the /api/v1, /api/internal and unsubscribe routes: whatever arrives,
// Herald answers below 500, and an /api error is the typed JSON shape. FUZZ_RUNS requests per route
// family (CI: 150); FUZZ_SEED replays a run. Failures are collected, so one run reports them all.
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
// Big bodies and thousands of requests: well past the 60 s per-test default.
test.setTimeout(Math.max(120_000, RUNS * 1_500));

interface Probe {
  method: "GET" | "PUT" | "POST" | "PATCH";
  path: string;
  body?: string;
  contentType?: string;
}

const typeKey = fc.constantFrom(
  "devices.connectivity-lost",
  "certificates.expiration-alert-today",
  "monitoring",
);
const mode = fc.constantFrom("IMMEDIATE", "DIGEST", null);
const uuid = fc.uuid({ version: 7 });

function summarize(probe: Probe, response: APIResponse | string, text = "") {
  const outcome = typeof response === "string" ? response : `${response.status()} ${text.slice(0, 200)}`;
  return `${probe.method} ${probe.path.slice(0, 200)} body=${(probe.body ?? "").slice(0, 200)} → ${outcome}`;
}

/**
 * Sends each probe; returns a line per answer that is a 5xx or an untyped /api error, and how many
 * answers had each status (proof that the fuzz got past authentication and into the routes).
 */
async function send(request: APIRequestContext, probes: Probe[], headers: Record<string, string> = {}) {
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  for (const probe of probes) {
    let response: APIResponse;
    try {
      response = await request.fetch(probe.path, {
        method: probe.method,
        headers: {
          ...headers,
          ...(probe.body !== undefined ? { "Content-Type": probe.contentType ?? "application/json" } : {}),
        },
        data: probe.body,
        maxRedirects: 0,
      });
    } catch (error) {
      failures.push(summarize(probe, `no answer: ${String(error).slice(0, 200)}`));
      continue;
    }
    const status = response.status();
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const text = await response.text();
    const json = (response.headers()["content-type"] ?? "").includes("json");
    const api = probe.path.startsWith("/api/") || probe.path.includes("/one-click");
    if (status >= 500) failures.push(summarize(probe, response, text));
    else if (status >= 400 && api && !json) failures.push(summarize(probe, response, `not JSON: ${text}`));
    else if (status >= 400 && api) {
      const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
      if (typeof body.error?.code !== "string" || typeof body.error.message !== "string")
        failures.push(summarize(probe, response, `untyped error: ${text}`));
    } else if ((response.headers()["content-type"] ?? "").includes("ndjson") && text.includes('"INTERNAL"'))
      failures.push(summarize(probe, response, text)); // a 200 stream that failed inside
  }
  return { failures, statuses };
}

function samples(arbitrary: fc.Arbitrary<Probe>, offset: number) {
  return fc.sample(arbitrary, { numRuns: RUNS, seed: SEED + offset });
}

function expectNoFailures({ failures, statuses }: Awaited<ReturnType<typeof send>>) {
  const seen = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
  expect(failures, `FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} answers ${seen.join(" ")}`).toEqual([]);
  // Some probes were valid enough to succeed, and some were refused as bad input, not as unauthenticated.
  expect(
    [...statuses.keys()].some((status) => status >= 200 && status < 300),
    seen.join(" "),
  ).toBe(true);
  expect(statuses.get(400) ?? 0, seen.join(" ")).toBeGreaterThan(0);
}

test.describe("[hostile]", () => {
  test("[hostile] undecodable paths, oversized requests and unreadable forms get a 4xx, JSON where a program asks", async ({
    request,
  }) => {
    for (const path of [
      "/api/v1/catalog/%zz",
      "/api/auth/%zz",
      "/api/internal/subscriptions/%ED%A0%80",
      "/api/v1/catalog/%00",
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code, path).toBe("BAD_REQUEST");
    }
    for (const path of ["/unsubscribe/%zz", "/users/%00", "/catalog/%E2%82"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(response.headers()["content-type"], path).toContain("text/plain");
      expect(await response.text(), path).toMatch(/^Bad request: /);
    }
    // Next tries any multipart POST to a page as a server action: a body that is not multipart is a 400.
    for (const path of ["/sign-in", "/unsubscribe/one-click", "/unsubscribe/x/one-click"]) {
      const response = await request.post(path, {
        headers: { "Content-Type": "multipart/form-data; boundary=x" },
        data: "List-Unsubscribe=One-Click",
      });
      expect(response.status(), path).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code, path).toBe("BAD_REQUEST");
    }
    // A request line past Node's limit gets the JSON shape too.
    const huge = await request.get(`/api/v1/catalog?q=${"y".repeat(20_000)}`);
    expect(huge.status()).toBe(431);
    expect(((await huge.json()) as { error: { code: string } }).error.code).toBe("BAD_REQUEST");
  });

  test("[hostile] the /api/v1 routes never answer 5xx to hostile input", async ({ request, createUser }) => {
    const db = e2eDb();
    const admin = await createUser({ role: "ADMIN" });
    const user = await createUser();
    const group = await createGroup(db, `e2e fuzz ${SEED}-${Date.now()}`);
    const { key, prefix, hash } = generateApiKey();
    await db.apiKey.create({
      data: {
        name: `e2e fuzz ${prefix}`,
        prefix,
        hash,
        scopes: Object.values(ApiScope),
        createdById: admin.id,
      },
    });
    const subjectId = fc.oneof(fc.constantFrom(user.id, group.id), uuid, hostileSegment);
    const subscriptionsBody = hostileBody(
      shapeOf({
        subscriptions: fc.array(shapeOf({ typeKey, categoryKey: hostileText, mode }), { maxLength: 3 }),
        preferences: fc.array(shapeOf({ typeKey, muted: fc.boolean(), mode }), { maxLength: 3 }),
      }),
    );
    const probes: fc.Arbitrary<Probe> = fc.oneof(
      hostileQuery(["category", "severity", "kind", "mandatory", "q", "locale"]).map((q) => ({
        method: "GET" as const,
        path: `/api/v1/catalog${q}`,
      })),
      fc
        .tuple(fc.oneof(typeKey, hostileSegment), hostileQuery(["locale"]))
        .map(([k, q]) => ({ method: "GET" as const, path: `/api/v1/catalog/${k}${q}` })),
      fc
        .oneof(typeKey, hostileSegment)
        .map((k) => ({ method: "GET" as const, path: `/api/v1/catalog/${k}/recipients` })),
      fc
        .tuple(fc.constantFrom("users", "groups"), subjectId)
        .map(([kind, id]) => ({ method: "GET" as const, path: `/api/v1/${kind}/${id}/subscriptions` })),
      fc.tuple(fc.constantFrom("users", "groups"), subjectId, subscriptionsBody).map(([kind, id, body]) => ({
        method: "PUT" as const,
        path: `/api/v1/${kind}/${id}/subscriptions`,
        body,
      })),
      hostileQuery(["format"]).map((q) => ({ method: "GET" as const, path: `/api/v1/openapi.json${q}` })),
    );
    expectNoFailures(await send(request, samples(probes, 1), { Authorization: `Bearer ${key}` }));
  });

  test("[hostile] the /api/internal routes never answer 5xx to hostile input", async ({
    browser,
    createUser,
    signInAs,
  }) => {
    // A fresh admin, so that whatever the fuzz manages to change touches no other test's data.
    const admin = await createUser({ role: "ADMIN" });
    const target = await createUser();
    const group = await createGroup(e2eDb(), `e2e fuzz internal ${SEED}-${Date.now()}`, [target.id]);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, admin.email, admin.password);

    const kind = fc.oneof(fc.constantFrom("user", "group", "contact"), hostileSegment);
    const id = fc.oneof(fc.constantFrom(target.id, group.id, admin.id), uuid, hostileSegment);
    const subject = shapeOf({
      kind: fc.constantFrom("user", "group"),
      id: fc.constantFrom(target.id, group.id),
    });
    const targetShape = shapeOf({ typeKey, categoryKey: fc.constant("devices") });
    const body = (fields: Record<string, fc.Arbitrary<unknown>>) => hostileBody(shapeOf(fields));
    const probes: fc.Arbitrary<Probe> = fc.oneof(
      hostileQuery(["q"]).map((q) => ({
        method: "GET" as const,
        path: `/api/internal/subscriptions/search${q}`,
      })),
      fc
        .tuple(kind, id)
        .map(([k, i]) => ({ method: "GET" as const, path: `/api/internal/subscriptions/${k}/${i}` })),
      fc.tuple(kind, id, body({ target: targetShape, subscribed: fc.boolean(), mode })).map(([k, i, b]) => ({
        method: "PUT" as const,
        path: `/api/internal/subscriptions/${k}/${i}`,
        body: b,
      })),
      fc.tuple(kind, id, body({ typeKey, muted: fc.boolean(), mode })).map(([k, i, b]) => ({
        method: "PUT" as const,
        path: `/api/internal/subscriptions/${k}/${i}/preferences`,
        body: b,
      })),
      fc
        .tuple(kind, id, body({ from: subject, strategy: fc.constantFrom("merge", "replace") }))
        .map(([k, i, b]) => ({
          method: "POST" as const,
          path: `/api/internal/subscriptions/${k}/${i}/copy`,
          body: b,
        })),
      body({
        operation: fc.constantFrom("subscribe", "unsubscribe"),
        recipients: fc.oneof(
          shapeOf({
            kind: fc.constantFrom("user", "contact"),
            ids: fc.array(fc.oneof(uuid, fc.constant(target.id)), { maxLength: 3 }),
          }),
          shapeOf({ kind: fc.constant("group-members"), groupId: fc.constant(group.id) }),
        ),
        targets: fc.array(targetShape, { maxLength: 3 }),
        mode,
      }).map((b) => ({ method: "POST" as const, path: "/api/internal/subscriptions/bulk", body: b })),
      fc.constant({ method: "GET" as const, path: "/api/internal/subscriptions/me" }),
      body({ typeKey, receive: fc.boolean(), mode }).map((b) => ({
        method: "PATCH" as const,
        path: "/api/internal/subscriptions/me",
        body: b,
      })),
      body({
        typeKey: fc.constantFrom("monitoring.cpu-critical", "devices.connectivity-lost"),
        locale: fc.constantFrom("en", "pt-BR"),
        payload: fc.oneof(hostileValue, fc.dictionary(hostileText, hostileValue, { maxKeys: 4 })),
        override: shapeOf({ subject: hostileText, intro: hostileText }),
      }).map((b) => ({ method: "POST" as const, path: "/api/internal/templates/preview", body: b })),
    );
    // Server-side origin checks want the page's own origin on writes.
    const origin = new URL(page.url()).origin;
    expectNoFailures(await send(page.request, samples(probes, 2), { Origin: origin }));
    await context.close();
  });

  test("[hostile] the unsubscribe page and one-click route never answer 5xx to hostile input", async ({
    request,
  }) => {
    const token = fc.oneof(
      hostileSegment,
      fc
        .tuple(fc.base64String({ maxLength: 60 }), fc.base64String({ maxLength: 50 }))
        .map(([a, b]) => `${a}.${b}`.replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "")),
    );
    const formBody = fc.oneof(
      fc.constant("List-Unsubscribe=One-Click"),
      hostileText.map((text) => `List-Unsubscribe=${encodeURIComponent(text.toWellFormed())}`),
      fc.string({ unit: "binary", maxLength: 60 }),
    );
    const probes: fc.Arbitrary<Probe> = fc.oneof(
      token.map((t) => ({ method: "GET" as const, path: `/unsubscribe/${t}` })),
      fc
        .tuple(
          token,
          formBody,
          fc.constantFrom(
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/json",
            "text/plain",
          ),
        )
        .map(([t, body, contentType]) => ({
          method: "POST" as const,
          path: `/unsubscribe/${t}/one-click`,
          body,
          contentType,
        })),
    );
    expectNoFailures(await send(request, samples(probes, 3)));
  });

  test("[hostile] an attacker failing five times on an admin's account does not lock the admin out", async ({
    browser,
    createUser,
    signInAs,
  }) => {
    const admin = await createUser({ role: "ADMIN" });
    const address = () => `203.0.${randomInt(0, 255)}.${randomInt(1, 254)}`;
    const attacker = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": address() } });
    const page = await attacker.newPage();
    await page.goto("/sign-in");
    const attempt = async (password: string) => {
      await page.getByLabel("E-mail").fill(admin.email);
      await page.getByLabel("Password").fill(password);
      // Wait for the action's answer: the message of the previous attempt reads the same.
      const answered = page.waitForResponse(
        (r) => r.request().method() === "POST" && r.url().includes("/sign-in"),
      );
      await page.getByRole("button", { name: "Sign in" }).click();
      await answered;
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
      return page.getByTestId("sign-in-error");
    };
    const failures = () => e2eDb().loginAttempt.count({ where: { email: admin.email, succeeded: false } });
    for (let i = 1; i <= 5; i++) {
      await expect(await attempt(`guess-${i}`)).toHaveText("Invalid e-mail or password.");
      await expect.poll(failures).toBe(i);
    }
    // The sixth guess, even the right password, is refused from the attacker's address…
    await expect(await attempt(admin.password)).toHaveText(/Too many failed attempts/);
    await attacker.close();

    // …while the admin, from their own address, signs in.
    const own = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": address() } });
    const adminPage = await own.newPage();
    await signInAs(adminPage, admin.email, admin.password);
    await expect(adminPage.getByTestId("user-menu")).toBeVisible();
    await own.close();
  });
});
