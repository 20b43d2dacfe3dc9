import { randomInt } from "node:crypto";
import fc from "fast-check";
import { ApiScope } from "@/generated/prisma/enums";
import { generateApiKey } from "@/lib/api-keys/secret";
import { createGroup } from "@/prisma/seed/factories";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";
import { apiOperations } from "@/lib/api/operations";
import { TEST_RESEND_WEBHOOK_SECRET, signedHeaders } from "@/tests/fakes/resend-webhook";
import {
  INTERNAL_ROUTES,
  OPEN_ROUTES,
  type OpenRoute,
  type Probe,
  SEPARATE_ROUTES,
  operationProbes,
  registryRoutes,
  routeFiles,
} from "./hostile-routes";
import { send } from "./hostile-input";
import {
  WEBHOOK_PATH,
  asciiGarbage,
  forgedWebhookHeaders,
  internalProbes,
  knownValues,
  oneClickProbe,
  openProbes,
  unsubscribeToken,
  webhookBody,
} from "./hostile-probes";

// Fuzzing every text input of every route (the /api/v1 operations straight from the OpenAPI registry,
// the others from the table in hostile-probes.ts, which the fuzz run at scale shares; all checked
// against the route files): whatever arrives, Herald answers below 500, and an /api error is the typed
// JSON shape. FUZZ_RUNS (default 150) sets the size: RUNS/10 requests per operation or route, RUNS per
// route of the older families; FUZZ_SEED replays a run. Failures are collected, so one run reports them all.
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
// Big bodies and thousands of requests: well past the 60 s per-test default.
test.setTimeout(Math.max(120_000, RUNS * 1_500));

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

  test("[hostile] every route file is fuzzed: through the OpenAPI registry or listed here", () => {
    const covered = new Set([...registryRoutes(), ...INTERNAL_ROUTES, ...OPEN_ROUTES, ...SEPARATE_ROUTES]);
    const files = routeFiles();
    // A new route.ts must be added to the registry or to a list in e2e/hostile-routes.ts (and fuzzed).
    expect(files.filter((route) => !covered.has(route))).toEqual([]);
    // …and the lists name no route that is gone.
    expect([...covered].filter((route) => !files.includes(route))).toEqual([]);
  });

  test("[hostile] every /api/v1 operation of the registry never answers 5xx to hostile input", async ({
    request,
    createUser,
  }) => {
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
    const known = knownValues({
      userId: user.id,
      userEmail: user.email,
      adminId: admin.id,
      groupId: group.id,
    });
    // Each operation gets its share, so none goes unfuzzed whatever the registry's size.
    const perOperation = Math.max(3, Math.ceil(RUNS / 10));
    const probes = apiOperations.flatMap((op, i) =>
      fc.sample(operationProbes(op, known), { numRuns: perOperation, seed: SEED + 100 + i }),
    );
    expectNoFailures(await send(request, probes, { Authorization: `Bearer ${key}` }));
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

    const world = { userId: target.id, userEmail: target.email, adminId: admin.id, groupId: group.id };
    // Each route gets its share.
    const perRoute = Math.max(3, Math.ceil(RUNS / 10));
    const probes = Object.values(internalProbes(world)).flatMap((arbitrary, i) =>
      fc.sample(arbitrary, { numRuns: perRoute, seed: SEED + 200 + i }),
    );
    // Server-side origin checks want the page's own origin on writes.
    const origin = new URL(page.url()).origin;
    expectNoFailures(await send(page.request, probes, { Origin: origin }));
    await context.close();
  });

  test("[hostile] the webhook, next-auth and the probes never answer 5xx to hostile input", async ({
    request,
  }) => {
    // Unsigned, or signed with garbage: 401 (413 for a body past the webhook's 256 KB, refused as it
    // arrives, before the signature is checked), and nothing read.
    const unsigned = fc.oneof(
      webhookBody.map((body): Probe => ({ method: "POST", path: WEBHOOK_PATH, body })),
      fc
        .tuple(webhookBody, forgedWebhookHeaders)
        .map(([body, headers]): Probe => ({ method: "POST", path: WEBHOOK_PATH, body, headers })),
    );
    const refused = await send(request, samples(unsigned, 4));
    expect(refused.failures).toEqual([]);
    expect([...refused.statuses.keys()].filter((status) => status !== 401 && status !== 413)).toEqual([]);
    expect(refused.statuses.get(401) ?? 0).toBeGreaterThan(0);

    const byRoute: Record<OpenRoute, fc.Arbitrary<Probe>> = {
      ...openProbes,
      // Correctly signed hostile bodies: read and refused (400) or ignored (200), never a 5xx.
      [WEBHOOK_PATH]: webhookBody.map((body) => ({
        method: "POST" as const,
        path: WEBHOOK_PATH,
        body,
        headers: signedHeaders(body, { secret: TEST_RESEND_WEBHOOK_SECRET }),
      })),
      // With a bearer token now and then: garbage, so refused like none.
      "/metrics": fc
        .tuple(openProbes["/metrics"], fc.oneof(fc.constant(undefined), asciiGarbage))
        .map(([probe, auth]) =>
          auth === undefined ? probe : { ...probe, headers: { Authorization: `Bearer ${auth}` } },
        ),
    };
    const perRoute = Math.max(3, Math.ceil(RUNS / 10));
    const probes = Object.values(byRoute).flatMap((arbitrary, i) =>
      fc.sample(arbitrary, { numRuns: perRoute, seed: SEED + 300 + i }),
    );
    expectNoFailures(await send(request, probes));
  });

  test("[hostile] the unsubscribe page and one-click route never answer 5xx to hostile input", async ({
    request,
  }) => {
    const probes: fc.Arbitrary<Probe> = fc.oneof(
      unsubscribeToken.map((t) => ({ method: "GET" as const, path: `/unsubscribe/${t}` })),
      oneClickProbe,
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
