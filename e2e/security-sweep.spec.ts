import { type APIRequestContext, request as playwrightRequest } from "@playwright/test";
import { ApiScope as DbApiScope, Role } from "@/generated/prisma/enums";
import { apiOperations } from "@/lib/api/operations";
import { fromDbScope } from "@/lib/api-keys/scopes";
import { generateApiKey } from "@/lib/api-keys/secret";
import { ADMIN_ONLY, ALL, STAFF } from "@/lib/auth/roles";
import { createUser } from "@/prisma/seed/factories";
import { demoAdmin } from "@/prisma/seed/demo-data";
import { expect, test, TEST_PASSWORD } from "./fixtures";
import { e2eDb, signInAs, storageStatePath } from "./helpers";
import {
  type ActionEntry,
  actionEntries,
  type RouteEntry,
  routeEntries,
  sourceActions,
} from "./security-sweep/entry-points";
import { ACTION_POLICY, expected, type Policy, type Principal, ROUTE_POLICY } from "./security-sweep/policy";
import { callAction, callRoute, databaseFingerprint, mismatch, pool } from "./security-sweep/probe";

// The security sweep ([8/8]): every route handler (each method it exports) and every server action of
// the build, called once by each principal (anonymous, the demo USER, AUDITOR and ADMIN, a disabled
// admin's still-signed session cookie, an API key of each scope, a revoked key holding every scope).
// Each answer must be the one the policy table (e2e/security-sweep/policy.ts) designs, never a 5xx;
// a principal's refused calls run first, between two fingerprints of the whole database (row counts
// and an md5 of every row of every table but the noise ones named in probe.ts), which must be equal.
// Authorized calls carry input every wrapper refuses (NUL), so they end at validation.
//
// Runs alone, after every other spec (its own Playwright project): the fingerprint cannot tell another
// spec's writes from a refused call's.

// One principal at a time, in order, in one worker: another principal's calls would blur the fingerprint
// (an authorized key's lastUsedAt). A failure does not stop the principals after it.
test.describe.configure({ mode: "default" });

const ROLE_TOKENS: Record<string, readonly Role[]> = { ALL, STAFF, ADMIN_ONLY };

const routes: RouteEntry[] = routeEntries();

interface Credentials {
  principal: Principal;
  headers: Record<string, string>;
  storageState?: string | Awaited<ReturnType<import("@playwright/test").BrowserContext["storageState"]>>;
}

const principals: Credentials[] = [];

test.beforeAll(async ({ browser }) => {
  const db = e2eDb();
  const admin = await db.user.findUniqueOrThrow({ where: { email: demoAdmin.email }, select: { id: true } });
  const key = async (name: string, scopes: DbApiScope[], revoked = false) => {
    const { key: secret, prefix, hash } = generateApiKey();
    await db.apiKey.create({
      data: {
        name: `security sweep ${name}`,
        prefix,
        hash,
        scopes,
        createdById: admin.id,
        ...(revoked ? { revokedAt: new Date() } : {}),
      },
    });
    return { Authorization: `Bearer ${secret}` };
  };

  // A disabled ADMIN: the strongest session to leave behind. Signed in first, disabled after.
  const disabled = await createUser(db, {
    email: `sweep-${Date.now()}@example.test`,
    role: Role.ADMIN,
    password: TEST_PASSWORD,
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, disabled.email, TEST_PASSWORD);
  const disabledState = await context.storageState();
  await context.close();
  await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });

  principals.push(
    { principal: { name: "anonymous", kind: "anonymous" }, headers: {} },
    ...(["user", "auditor", "admin"] as const).map((role) => ({
      principal: { name: role.toUpperCase(), kind: "session", role: role.toUpperCase() as Role } as Principal,
      headers: {},
      storageState: storageStatePath(role),
    })),
    {
      principal: { name: "disabled ADMIN's old session", kind: "disabled-session" },
      headers: {},
      storageState: disabledState,
    },
  );
  for (const scope of Object.values(DbApiScope)) {
    const name = fromDbScope(scope);
    principals.push({
      principal: { name: `key ${name}`, kind: "key", scope: name },
      headers: await key(name, [scope]),
    });
  }
  principals.push({
    principal: { name: "revoked key (every scope)", kind: "revoked-key" },
    headers: await key("revoked", Object.values(DbApiScope), true),
  });
});

test("the policy table names every route method and server action, as the code declares them", () => {
  // Every exported method of every route file is in the table, and nothing else.
  expect(routes.map((route) => route.key).sort()).toEqual(Object.keys(ROUTE_POLICY).sort());
  // /api/v1: the scopes are the operation registry's.
  const registry = Object.fromEntries(
    apiOperations.map((op) => [
      `${op.method.toUpperCase()} /api/v1${op.path}`,
      { kind: "api", scope: op.scope },
    ]),
  );
  const v1 = Object.fromEntries(Object.entries(ROUTE_POLICY).filter(([key]) => key.includes(" /api/v1/")));
  expect(v1).toEqual(registry);
  // /api/internal: the roles each withSession call writes.
  for (const route of routes.filter((entry) => entry.pattern.startsWith("/api/internal/"))) {
    expect(route.sessionRoles, `${route.key} is built by withSession`).toBeDefined();
    expect(ROUTE_POLICY[route.key], route.key).toEqual({
      kind: "session",
      roles: ROLE_TOKENS[route.sessionRoles ?? ""],
    });
  }
  // Every action of the build, and every export of a "use server" module, is in the table.
  expect(
    actionEntries()
      .map((action) => action.key)
      .sort(),
  ).toEqual(Object.keys(ACTION_POLICY).sort());
  expect(sourceActions()).toEqual(Object.keys(ACTION_POLICY).sort());
});

const PRINCIPAL_NAMES = [
  "anonymous",
  "USER",
  "AUDITOR",
  "ADMIN",
  "disabled ADMIN's old session",
  ...Object.values(DbApiScope).map((scope) => `key ${fromDbScope(scope)}`),
  "revoked key (every scope)",
];

type Call = { kind: "route"; entry: RouteEntry } | { kind: "action"; entry: ActionEntry };

PRINCIPAL_NAMES.forEach((name, index) => {
  test(`${name}: every entry point allows or refuses as designed; refusals change nothing`, async ({
    baseURL,
  }) => {
    const credentials = principals.find((entry) => entry.principal.name === name);
    expect(credentials, `principal ${name} was set up`).toBeDefined();
    const { principal, headers, storageState } = credentials!;
    const origin = baseURL ?? "";
    const api: APIRequestContext = await playwrightRequest.newContext({
      baseURL: origin,
      ...(storageState ? { storageState } : {}),
      extraHTTPHeaders: {
        ...headers,
        Origin: origin,
        // A client on another machine (the e2e server trusts X-Forwarded-For), one address each.
        "X-Forwarded-For": `203.0.113.${100 + index}`,
      },
    });

    const actions = actionEntries();
    const calls: { call: Call; policy: Policy }[] = [
      ...routes.map((entry) => ({
        call: { kind: "route", entry } as Call,
        policy: ROUTE_POLICY[entry.key]!,
      })),
      ...actions.map((entry) => ({
        call: { kind: "action", entry } as Call,
        policy: ACTION_POLICY[entry.key]!,
      })),
    ];
    const failures: string[] = [];
    const send = async ({ call, policy }: { call: Call; policy: Policy }) => {
      const response =
        call.kind === "route" ? await callRoute(api, call.entry, {}) : await callAction(api, call.entry, {});
      // /readyz answers 503 while a check fails (e.g. a stale worker heartbeat on this busy machine):
      // the probe's designed answer, not a failure of the sweep's call.
      const unready =
        call.kind === "route" &&
        call.entry.pattern === "/readyz" &&
        response.status() === 503 &&
        ((await response.json()) as { status?: string }).status === "unready";
      const problem = unready
        ? null
        : mismatch(response, expected(principal, policy), {
            action: call.kind === "action",
            publicAction: policy.kind === "public-action",
          });
      if (problem) failures.push(`${call.entry.key}: ${problem}`);
    };

    const refusedCalls = calls.filter(({ policy }) => expected(principal, policy).outcome !== "allowed");
    const allowedCalls = calls.filter(({ policy }) => expected(principal, policy).outcome === "allowed");
    // Public entry points last, one at a time: sign-out and next-auth may replace the session cookie.
    const isPublic = ({ policy }: { policy: Policy }) =>
      policy.kind === "public" || policy.kind === "public-action";

    const before = await databaseFingerprint();
    await pool(refusedCalls, 4, send);
    const after = await databaseFingerprint();
    expect.soft(after, `${name}: the database after ${refusedCalls.length} refused calls`).toEqual(before);

    await pool(
      allowedCalls.filter((call) => !isPublic(call)),
      4,
      send,
    );
    const publicCalls = allowedCalls.filter(isPublic);
    publicCalls.sort(
      (a, b) =>
        Number(a.call.entry.key.endsWith("#signOutAction")) -
        Number(b.call.entry.key.endsWith("#signOutAction")),
    );
    for (const call of publicCalls) await send(call);
    await api.dispose();

    expect(failures, `${name}: ${refusedCalls.length} refused, ${allowedCalls.length} allowed`).toEqual([]);
    expect(refusedCalls.length + allowedCalls.length).toBe(routes.length + actions.length);
  });
});
