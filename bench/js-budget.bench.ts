// The JavaScript budget: how much compressed JavaScript does each page make a browser download on a cold
// first visit, and how big is its HTML? Budget: ≤ 200 KB of JavaScript per page (issue 10).
//   npx tsx bench/js-budget.bench.ts     (or: npm run bench -- js-budget; needs a build: npm run build)
// Starts a fresh embedded PostgreSQL (.data/bench-js, port 54371) with the demo data (what `npm start`
// and the e2e server seed), then Herald's production web server from the existing `.next` build
// (scripts/server.ts, 127.0.0.1:3171, NODE_ENV=production). Chromium (Debian's, with the e2e launch
// flags) signs in as the demo admin and as a demo USER, then opens every page of the app — dynamic
// routes with real ids from the demo data — each in a new browser context (an empty HTTP cache) with
// that role's cookies, and waits until the network is idle (so chunks loaded right after hydration
// count too). The router's prefetches of other pages (a <Link> in view, e.g. the sidebar, fetches that
// page's data and JavaScript in idle time) are refused and counted apart: they are not this page's
// first-load JavaScript. For each page it sums what the server sent for every script response: the
// encoded body size Chromium reports (gzip as served; a file under the server's compression threshold
// goes as it is). Were no script compressed at all, the gzip -9 size of each would count instead, and
// the run would say so. The HTML document is given uncompressed (and as transferred). Baseline, same
// run: the framework's own scripts that every page loads (React, the Next.js client runtime: the build
// manifest's rootMainFiles), and the sign-in page.
// BENCH_JS_JSON=<file> also writes the measurements as JSON; BENCH_JS_HTML=<dir> keeps each page's HTML.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { register } from "node:module";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type BrowserContextOptions } from "@playwright/test";
import { loadAverage, machineLine } from "./lib/bench-database";
import { startWebServer } from "./lib/herald-server";
import { chromiumLaunch, signedInState } from "../e2e/chromium";

register("./lib/server-only.mjs", import.meta.url);
const AUTH_SECRET = randomBytes(32).toString("base64url");
process.env.DATABASE_URL ??= "postgresql://bench-uses-its-own-database/none";
process.env.AUTH_SECRET = AUTH_SECRET; // the unsubscribe token below is signed as the server will check it
const { createPrismaClient } = await import("@/lib/db/client");
const { startEmbeddedPostgres } = await import("@/lib/db/embedded");
const { migrate } = await import("@/lib/db/migrate");
const { createUnsubscribeToken } = await import("@/lib/subscriptions/unsubscribe-token");
const { seed } = await import("../prisma/seed/index");
const { demoAdmin, demoEmail, demoPasswords, demoUsers } = await import("../prisma/seed/demo-data");

const DATA_DIR = ".data/bench-js";
const PG_PORT = 54371;
const PORT = 3171;
const BASE = `http://127.0.0.1:${PORT}`;
const BUDGET_KB = 200;
const KB = 1024;
const LAUNCH = chromiumLaunch;

type Who = "anonymous" | "admin" | "user";
interface PageToVisit {
  route: string;
  path: string;
  who: Who;
}
interface Script {
  url: string;
  /** The encoded body as it came over the wire. */
  transferred: number;
  /** gzip -9 of the decoded body, used only if the server compressed no script at all. */
  gzip9: number;
  encoding: string;
}
interface Measured extends PageToVisit {
  status: number;
  scripts: Script[];
  prefetchesRefused: number;
  html: number;
  htmlTransferred: number;
}

type Database = ReturnType<typeof createPrismaClient>;

/** Every page of the app (app/**\/page.tsx), with real ids from the demo data for dynamic segments. */
async function pagesToVisit(db: Database): Promise<PageToVisit[]> {
  const user = await db.user.findUniqueOrThrow({
    where: { email: demoEmail(demoUsers[0]!.name) },
    select: { id: true },
  });
  const group = await db.group.findFirstOrThrow({ orderBy: { name: "asc" }, select: { id: true } });
  const contact = await db.contact.findFirstOrThrow({ orderBy: { name: "asc" }, select: { id: true } });
  const event = await db.event.findFirstOrThrow({ orderBy: { createdAt: "desc" }, select: { id: true } });
  const delivery = await db.delivery.findFirstOrThrow({
    where: { status: "SENT" },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  const received = await db.delivery.findFirstOrThrow({
    where: { userId: user.id, status: { in: ["SENT", "DELIVERED"] } },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  const mail = await db.mailboxMessage.findFirstOrThrow({
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  // The demo data has no monitored device: one is added (as an admin would), for its page.
  const device =
    (await db.device.findFirst({ select: { id: true } })) ??
    (await db.device.create({
      data: { name: "bench-gateway", host: "127.0.0.1", ports: [22] },
      select: { id: true },
    }));
  const typeKey = "certificates.expiration-alert-30d";
  const token = createUnsubscribeToken({ recipient: { kind: "user", id: user.id }, typeKey });
  const admin = (route: string, at = route): PageToVisit => ({ route, path: at, who: "admin" });
  const mine = (route: string, at = route): PageToVisit => ({ route, path: at, who: "user" });
  return [
    { route: "/sign-in", path: "/sign-in", who: "anonymous" },
    { route: "/unsubscribe/[token]", path: `/unsubscribe/${token}`, who: "anonymous" },
    admin("/dashboard"),
    admin("/catalog"),
    admin("/catalog/[key]", `/catalog/${typeKey}`),
    admin("/dispatch"),
    // With a type chosen: the payload form, recipients table and the first recipient's e-mail preview.
    admin("/dispatch?type", `/dispatch?type=${typeKey}`),
    admin("/history"),
    admin("/history/[id]", `/history/${delivery.id}`),
    admin("/events/[id]", `/events/${event.id}`),
    admin("/mailbox"),
    admin("/mailbox/[id]", `/mailbox/${mail.id}`),
    admin("/users"),
    admin("/users/new"),
    admin("/users/[id]", `/users/${user.id}`),
    admin("/users/[id]/edit", `/users/${user.id}/edit`),
    admin("/users/[id]/subscriptions", `/users/${user.id}/subscriptions`),
    admin("/groups"),
    admin("/groups/[id]", `/groups/${group.id}`),
    admin("/groups/[id]/subscriptions", `/groups/${group.id}/subscriptions`),
    admin("/contacts"),
    admin("/contacts/new"),
    admin("/contacts/[id]", `/contacts/${contact.id}`),
    admin("/templates"),
    admin("/templates/[key]", `/templates/${typeKey}`),
    admin("/api-keys"),
    admin("/api-docs"),
    admin("/audit"),
    admin("/settings/mail"),
    admin("/suppressions"),
    admin("/system"),
    admin("/system/services"),
    admin("/system/resources"),
    admin("/system/listeners"),
    admin("/system/devices"),
    admin("/system/devices/[id]", `/system/devices/${device.id}`),
    admin("(not found)", "/no-such-page"),
    mine("/me"),
    mine("/me/notifications"),
    mine("/me/notifications/received"),
    mine("/me/notifications/received/[id]", `/me/notifications/received/${received.id}`),
  ];
}

const signIn = (browser: Browser, email: string, password: string) =>
  signedInState(browser, BASE, email, password);

/** One cold visit: a new context (empty cache), every script response's sizes, the HTML's size. */
async function visit(
  browser: Browser,
  target: PageToVisit,
  options: BrowserContextOptions,
): Promise<Measured> {
  const context = await browser.newContext({ ...options, baseURL: BASE });
  const page = await context.newPage();
  let prefetchesRefused = 0;
  await page.route("**/*", (route) => {
    if (!route.request().headers()["next-router-prefetch"]) return route.fallback();
    prefetchesRefused += 1;
    return route.abort();
  });
  const pending: Promise<Script>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() !== "script") return;
    pending.push(
      (async () => {
        const response = await request.response();
        const body = response ? await response.body() : Buffer.alloc(0);
        return {
          url: request.url(),
          transferred: (await request.sizes()).responseBodySize,
          gzip9: gzipSync(body, { level: 9 }).length,
          encoding: (await response?.headerValue("content-encoding")) ?? "none",
        };
      })(),
    );
  });
  const response = await page.goto(target.path, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  if (!response) throw new Error(`${target.path}: no response`);
  if (target.who !== "anonymous" && new URL(page.url()).pathname.startsWith("/sign-in")) {
    throw new Error(`${target.path}: redirected to the sign-in page (the session did not hold)`);
  }
  const document = await response.body();
  const html = document.length;
  if (process.env.BENCH_JS_HTML) {
    mkdirSync(process.env.BENCH_JS_HTML, { recursive: true });
    writeFileSync(
      path.join(process.env.BENCH_JS_HTML, `${target.route.replace(/\W+/g, "_")}.html`),
      document,
    );
  }
  const htmlTransferred = (await response.request().sizes()).responseBodySize;
  const scripts = await Promise.all(pending);
  await context.close();
  return { ...target, status: response.status(), scripts, prefetchesRefused, html, htmlTransferred };
}

/** The framework's own chunks (React, the Next.js client runtime) every page loads: the baseline. */
function frameworkScripts(): string[] {
  const manifest = JSON.parse(readFileSync(".next/build-manifest.json", "utf8")) as {
    rootMainFiles: string[];
  };
  return manifest.rootMainFiles.map((file) => `/_next/${file}`);
}

const kb = (bytes: number) => (bytes / KB).toFixed(1);

function report(measured: Measured[]) {
  const compressed = measured.some((page) => page.scripts.some((script) => script.encoding !== "none"));
  const size = (script: Script) => (compressed ? script.transferred : script.gzip9);
  const js = (page: Measured) => page.scripts.reduce((sum, script) => sum + size(script), 0);
  const framework = new Set(frameworkScripts());
  const signIn = measured.find((page) => page.route === "/sign-in")!;
  const frameworkBytes = signIn.scripts
    .filter((script) => framework.has(new URL(script.url).pathname))
    .reduce((sum, script) => sum + size(script), 0);
  const encodings = [...new Set(measured.flatMap((page) => page.scripts.map((script) => script.encoding)))];
  console.log(
    compressed
      ? `Scripts as served: ${encodings.join(", ")} (counted as transferred).`
      : "The server compressed NO script: each counts as its gzip -9 size instead.",
  );
  console.log(
    `Baseline (same run): the framework's ${framework.size} shared chunks = ${kb(frameworkBytes)} KB; ` +
      `the sign-in page = ${kb(js(signIn))} KB.`,
  );
  console.log(
    "\n| page | as | status | JS KB (compressed) | scripts | × framework | × sign-in | prefetches refused | HTML KB | HTML KB transferred | ≤ 200 KB |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const page of measured) {
    console.log(
      `| ${page.route} | ${page.who} | ${page.status} | ${kb(js(page))} | ${page.scripts.length} | ` +
        `${(js(page) / frameworkBytes).toFixed(2)} | ${(js(page) / js(signIn)).toFixed(2)} | ${page.prefetchesRefused} | ` +
        `${kb(page.html)} | ${kb(page.htmlTransferred)} | ${js(page) <= BUDGET_KB * KB ? "yes" : "**NO**"} |`,
    );
  }
  const over = measured.filter((page) => js(page) > BUDGET_KB * KB);
  const heaviest = measured.reduce((a, b) => (js(b) > js(a) ? b : a));
  console.log(
    `\n${measured.length} pages; heaviest ${heaviest.route} ${kb(js(heaviest))} KB; ` +
      (over.length
        ? `${over.length} over ${BUDGET_KB} KB: ${over.map((page) => page.route).join(", ")}`
        : `every page ≤ ${BUDGET_KB} KB`),
  );
  if (process.env.BENCH_JS_JSON) writeFileSync(process.env.BENCH_JS_JSON, JSON.stringify(measured, null, 2));
}

async function main() {
  console.log(`${machineLine()}; load ${loadAverage()}; build ${readFileSync(".next/BUILD_ID", "utf8")}`);
  rmSync(DATA_DIR, { recursive: true, force: true });
  mkdirSync(DATA_DIR, { recursive: true });
  const postgres = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PG_PORT, database: "herald" });
  const db = createPrismaClient(postgres.url, { max: 2 });
  let server: Awaited<ReturnType<typeof startWebServer>> | undefined;
  let browser: Browser | undefined;
  const stopAll = async () => {
    await browser?.close();
    await server?.stop();
    await db.$disconnect();
    await postgres.stop();
  };
  const onSignal = () => void stopAll().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    await migrate(postgres.url);
    await seed(postgres.url);
    const pages = await pagesToVisit(db);
    server = await startWebServer({
      databaseUrl: postgres.url,
      port: PORT,
      authSecret: AUTH_SECRET,
      logDir: path.resolve(DATA_DIR),
    });
    browser = await chromium.launch(LAUNCH);
    const states: Record<Who, BrowserContextOptions> = {
      anonymous: {},
      admin: { storageState: await signIn(browser, demoAdmin.email, demoPasswords.admin) },
      user: { storageState: await signIn(browser, demoEmail(demoUsers[0]!.name), demoPasswords.user) },
    };
    const measured: Measured[] = [];
    for (const target of pages) measured.push(await visit(browser, target, states[target.who]));
    report(measured);
  } finally {
    await stopAll();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
