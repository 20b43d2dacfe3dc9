import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import type { APIRequestContext, BrowserContext } from "@playwright/test";
import { ApiScope } from "@/generated/prisma/enums";
import { generateApiKey } from "@/lib/api-keys/secret";
import { apiOperations } from "@/lib/api/operations";
import { demoAdmin, demoAuditor, demoEmail, demoPasswords, demoUsers } from "@/prisma/seed/demo-data";
import config from "../playwright.config";
import { TEST_PASSWORD, expect, test } from "./fixtures";
import { e2eDb, signInAs, type DemoRole } from "./helpers";
import { appPages, resolvePath } from "./main-pages";
import { pool } from "./security-sweep/probe";

// The last spec of the run (project "secret-leaks", after the security sweep, after everything else): no
// secret of this e2e run appears in the server's log (.data/e2e/server.log, written by
// scripts/e2e-server.ts), in any page as any role, in any GET answer of the API or the internal routes,
// or in an error answer — neither as is, nor URL-encoded, nor in base64 or base64url. A key's public
// prefix is not a secret (the API keys page lists it); the whole key is. The demo sign-ins are not
// secrets either: the launcher prints them on purpose (README, "Demo sign-ins").

const DATA_DIR = ".data/e2e";
const KEY_PATTERN = /hk_[A-Za-z0-9]{10}_[A-Za-z0-9_-]{43}/g;

interface Secret {
  name: string;
  value: string;
}

/** base64 of `value` at each of the three byte alignments it may sit at inside a longer base64 text. */
function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value, "utf8");
  return [0, 1, 2].flatMap((shift) => {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString("base64");
    // Leave out the characters that also encode the zero bytes before it or the padding after it.
    const start = Math.ceil((shift * 8) / 6);
    const end = (shift + bytes.length) % 3 === 0 ? encoded.length : encoded.length - 4;
    const core = encoded.slice(start, end);
    return [core, core.replace(/\+/g, "-").replace(/\//g, "_")];
  });
}

/** Every form of a secret searched for: as is, URL-encoded (both ways) and in base64/base64url. */
function secretForms(value: string): string[] {
  return [
    ...new Set([
      value,
      encodeURIComponent(value),
      new URLSearchParams({ v: value }).toString().slice(2),
      ...base64Forms(value),
    ]),
  ].filter((form) => form.length >= 12);
}

/** The secrets this run's server holds: from its environment, its data directory and its build. */
function knownSecrets(): Secret[] {
  const env = (config.webServer as { env: Record<string, string> }).env;
  const fromEnv = Object.entries(env)
    .filter(([name]) => /SECRET|PASSWORD|_KEY|TOKEN/.test(name))
    .map(([name, value]) => ({ name, value }));
  // A Svix secret's key is the base64 after "whsec_": the raw key in any form is the secret too.
  const webhook = env.RESEND_WEBHOOK_SECRET?.replace(/^whsec_/, "");
  const password = readFileSync(`${DATA_DIR}/postgres.password`, "utf8").trim();
  const manifest = ".next/server/server-reference-manifest.json";
  const actionsKey =
    process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ??
    (existsSync(manifest)
      ? (JSON.parse(readFileSync(manifest, "utf8")) as { encryptionKey?: string }).encryptionKey
      : undefined);
  return [
    ...fromEnv,
    ...(webhook ? [{ name: "RESEND_WEBHOOK_SECRET (key)", value: webhook }] : []),
    ...(webhook
      ? [
          {
            name: "RESEND_WEBHOOK_SECRET (raw key)",
            value: Buffer.from(webhook, "base64").toString("latin1"),
          },
        ]
      : []),
    { name: "database password", value: password },
    {
      name: "DATABASE_URL",
      value: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:54349/herald`,
    },
    ...(actionsKey ? [{ name: "server actions encryption key", value: actionsKey }] : []),
    // Every user the specs create has this password (e2e/fixtures.ts): it must never be logged.
    { name: "e2e users' password", value: TEST_PASSWORD },
  ];
}

interface Seen {
  where: string;
  text: string;
}

/** "secret X (form) in <where>" for each secret found, and each whole API key of the database found. */
async function leaks(seen: Seen[], secrets: Secret[]): Promise<string[]> {
  const found: string[] = [];
  const forms = secrets.flatMap((secret) => secretForms(secret.value).map((form) => ({ secret, form })));
  const keyHashes = new Set(
    (await e2eDb().apiKey.findMany({ select: { hash: true } })).map((key) => key.hash),
  );
  for (const { where, text } of seen) {
    for (const { secret, form } of forms) {
      if (text.includes(form))
        found.push(`${secret.name}${form === secret.value ? "" : ` (as ${form.slice(0, 12)}…)`} in ${where}`);
    }
    // Any whole API key of this run (created by any spec), as is or inside base64.
    const decoded = (text.match(/[A-Za-z0-9+/_-]{80,}={0,2}/g) ?? []).map((run) =>
      Buffer.from(run, "base64").toString("latin1"),
    );
    for (const candidate of [text, ...decoded]) {
      for (const [key] of candidate.matchAll(KEY_PATTERN)) {
        if (keyHashes.has(createHash("sha256").update(key).digest("hex")))
          found.push(`API key ${key.slice(0, 13)}… in ${where}`);
      }
    }
  }
  return [...new Set(found)];
}

/** The answer as searched: status line, headers but Set-Cookie (a session cookie is set there by design), body. */
async function answer(
  request: APIRequestContext,
  path: string,
  headers: Record<string, string> = {},
): Promise<Seen> {
  const response = await request.get(path, { headers, maxRedirects: 0, failOnStatusCode: false });
  const head = response
    .headersArray()
    .filter(({ name }) => name.toLowerCase() !== "set-cookie")
    .map(({ name, value }) => `${name}: ${value}`)
    .join("\n");
  const body = (await response.body()).toString("latin1");
  return { where: `GET ${path} (${response.status()})`, text: `${head}\n${body}` };
}

const logins: Record<DemoRole, { email: string; password: string }> = {
  admin: { email: demoAdmin.email, password: demoPasswords.admin },
  auditor: { email: demoAuditor.email, password: demoPasswords.auditor },
  user: { email: demoEmail(demoUsers[0]!.name), password: demoPasswords.user },
};

test("[secrets] no secret of the run in the server's log, any page, any GET answer or error answer", async ({
  browser,
  playwright,
}) => {
  const db = e2eDb();
  const secrets = knownSecrets();
  // A key of every scope for the API crawl: its secret is one the answers must not echo.
  const admin = await db.user.findUniqueOrThrow({ where: { email: demoAdmin.email }, select: { id: true } });
  const key = generateApiKey();
  await db.apiKey.create({
    data: {
      name: `e2e secret sweep ${key.prefix}`,
      prefix: key.prefix,
      hash: key.hash,
      scopes: Object.values(ApiScope),
      createdById: admin.id,
    },
  });
  secrets.push({ name: "the sweep's API key", value: key.key });

  const seen: Seen[] = [];
  const sessions: Secret[] = [];
  // Every page as each role (signed in now, through the form) and as a visitor, with its error pages.
  const anonymous = await playwright.request.newContext({ baseURL: config.use?.baseURL });
  const contexts: [string, APIRequestContext][] = [["anonymous", anonymous]];
  const browserContexts: BrowserContext[] = [];
  for (const [role, login] of Object.entries(logins)) {
    const context = await browser.newContext();
    browserContexts.push(context);
    const page = await context.newPage();
    await signInAs(page, login.email, login.password);
    for (const cookie of await context.cookies()) {
      if (cookie.name.includes("session-token"))
        sessions.push({ name: `${role}'s session cookie`, value: cookie.value });
    }
    contexts.push([role, context.request]);
  }
  secrets.push(...sessions);
  const paths = [
    ...(await Promise.all(appPages.map((page) => resolvePath(page.path)))),
    "/",
    "/sign-in",
    "/no-such-page",
    "/events/not-an-id",
    "/users/00000000-0000-7000-8000-000000000000",
    "/unsubscribe/not-a-token",
  ];
  const pageVisits = contexts.flatMap(([role, request]) => paths.map((path) => ({ role, request, path })));
  await pool(pageVisits, 4, async ({ role, request, path }) => {
    const seenAnswer = await answer(request, path);
    seen.push({ ...seenAnswer, where: `${seenAnswer.where} as ${role}` });
  });

  // Every GET of the API with the key (and the errors of a wrong id, a bad query, a bad key), the
  // internal GET routes as the admin, next-auth's and the probes' answers.
  const [event, group] = await Promise.all([
    db.event.findFirstOrThrow({ select: { id: true } }),
    db.group.findFirstOrThrow({ select: { id: true } }),
  ]);
  const user = await db.user.findUniqueOrThrow({ where: { email: logins.user.email }, select: { id: true } });
  const fill = (path: string) =>
    path
      .replace("/events/{id}", `/events/${event.id}`)
      .replace("/users/{id}", `/users/${user.id}`)
      .replace("/groups/{id}", `/groups/${group.id}`)
      .replace("{key}", "devices.connectivity-lost");
  const bearer = { Authorization: `Bearer ${key.key}` };
  const apiGets = apiOperations
    .filter((op) => op.method.toLowerCase() === "get")
    .flatMap((op) => [`/api/v1${fill(op.path)}`, `/api/v1${op.path.replace(/\{\w+\}/g, "%00x")}?limit=-1`]);
  await pool(apiGets, 4, async (path) => void seen.push(await answer(anonymous, path, bearer)));
  for (const headers of [
    {} as Record<string, string>,
    { Authorization: `Bearer ${key.prefix}_${"A".repeat(43)}` },
    { Authorization: "Bearer x" },
  ])
    seen.push(await answer(anonymous, "/api/v1/catalog", headers));
  const adminRequest = contexts.find(([role]) => role === "admin")![1];
  const internalGets = [
    "/api/internal/subscriptions/search?q=a",
    `/api/internal/subscriptions/user/${user.id}`,
    "/api/internal/subscriptions/me",
    `/api/internal/groups/${group.id}/candidates?q=a`,
    "/api/internal/history/export",
    "/api/internal/system/listeners",
    "/api/internal/palette?q=a",
    "/api/internal/system/dashboard/pdf",
    "/api/internal/system/resources",
    "/api/auth/session",
    "/api/auth/csrf",
    "/api/auth/providers",
    "/healthz",
    "/readyz",
  ];
  await pool(internalGets, 4, async (path) => void seen.push(await answer(adminRequest, path)));
  seen.push(await answer(anonymous, "/metrics", bearer));

  // Last, the log: it now also holds whatever the crawl above made the server write.
  const log = readFileSync(`${DATA_DIR}/server.log`, "latin1");
  expect(log.length, "the server's log was written").toBeGreaterThan(0);
  seen.push({ where: "the server's log", text: log });

  expect(seen.length).toBeGreaterThan(paths.length * contexts.length);
  expect(await leaks(seen, secrets)).toEqual([]);
  await anonymous.dispose();
  for (const context of browserContexts) await context.close();
});
