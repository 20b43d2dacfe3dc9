// npm run screenshots — refreshes docs/screenshots/: the main pages at 1440×900 and 390×844 (light
// theme), and the dashboard in the dark theme too. Run it on a quiet machine, under the e2e lock:
//   flock /tmp/herald-e2e.lock npm run screenshots
// Herald runs as e2e runs it (scripts/e2e-server.ts: a fresh embedded PostgreSQL under .data/screenshots
// with the demo data, a production build made first if the sources changed, the web server and the
// worker). Chromium (Debian's, with the e2e flags) signs in as the demo admin, and as an English-reading
// demo USER for the /me pages, opens each page in a new context, waits until it has settled (network
// idle, fonts loaded, no loading placeholder left, the page's own mark drawn) and saves the viewport.
// Each PNG is then re-encoded with a 256-colour palette (sharp, libimagequant) when that is smaller.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import pg from "pg";
import sharp from "sharp";
import { demoAdmin, demoEmail, demoPasswords, demoUsers } from "../prisma/seed/demo-data";
import { chromiumLaunch, signedInState } from "../e2e/chromium";

const DATA_DIR = ".data/screenshots";
const PG_PORT = 54377;
const PORT = 3177;
const BASE = `http://localhost:${PORT}`;
const OUT_DIR = "docs/screenshots";
const TYPE_KEY = "certificates.expiration-alert-30d";
const LAUNCH = chromiumLaunch;
const VIEWPORTS = [
  { width: 1440, height: 900, mobile: false },
  { width: 390, height: 844, mobile: true },
] as const;

type Who = "admin" | "user";
interface Shot {
  /** File name stem: `<name>-<width>.png`. */
  name: string;
  path: string;
  who: Who;
  /** A selector that is visible once the page's main content has rendered. */
  ready?: string;
  dark?: boolean;
}

/** An English-reading demo USER: their /me pages come out in the README's language. */
const englishUser = demoUsers.find((user) => user.locale === "en")!;

async function shotsToTake(databaseUrl: string): Promise<Shot[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async (sql: string, values: unknown[] = []) => {
      const { rows } = await client.query<{ id: string }>(sql, values);
      if (!rows[0]) throw new Error(`The demo data has no row for: ${sql}`);
      return rows[0].id;
    };
    // An e-mail as sent to an English-reading user, as the rest of the screenshots read
    const delivery = await one(
      `SELECT d.id FROM "Delivery" d JOIN "User" u ON u.id = d."userId"
       WHERE d.status IN ('SENT', 'DELIVERED') AND u.locale = 'en'
       ORDER BY d."createdAt" DESC, d.id DESC LIMIT 1`,
    );
    // The group with the most subscriptions: its matrix has switches on in several categories.
    const group = await one(
      `SELECT "groupId" AS id FROM "Subscription" WHERE "groupId" IS NOT NULL
       GROUP BY "groupId" ORDER BY count(*) DESC, "groupId" LIMIT 1`,
    );
    const admin = (name: string, at: string, ready?: string): Shot => ({
      name,
      path: at,
      who: "admin",
      ready,
    });
    return [
      admin("dashboard", "/dashboard", "main svg[role='img']"),
      { ...admin("dashboard-dark", "/dashboard", "main svg[role='img']"), dark: true },
      admin("catalog", "/catalog"),
      admin("catalog-type", `/catalog/${TYPE_KEY}`),
      admin("dispatch", `/dispatch?type=${TYPE_KEY}`),
      admin("history", "/history"),
      admin("delivery", `/history/${delivery}`),
      admin("mailbox", "/mailbox"),
      admin("system", "/system"),
      admin("subscriptions", `/groups/${group}/subscriptions`, "main [role='switch']"),
      admin("api-docs", "/api-docs"),
      { name: "my-notifications", path: "/me/notifications", who: "user", ready: "main [role='switch']" },
    ];
  } finally {
    await client.end();
  }
}

/** scripts/e2e-server.ts on its own data directory and ports; resolves once /sign-in answers. */
async function startHerald(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/e2e-server.ts", "start"], {
    env: {
      ...process.env,
      HERALD_DATA_DIR: DATA_DIR,
      HERALD_PG_PORT: String(PG_PORT),
      PORT: String(PORT),
      APP_URL: BASE,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      MAIL_TRANSPORT: "mailbox",
    },
    // Everything it prints is also in .data/screenshots/server.log
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) =>
      reject(new Error(`Herald exited (code ${code}): see ${DATA_DIR}/server.log`)),
    ),
  );
  const ready = (async () => {
    // The first start may build (1–3 minutes on a busy machine).
    const deadline = Date.now() + 600_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${BASE}/sign-in`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    throw new Error("Herald did not answer on /sign-in within 10 minutes");
  })();
  await Promise.race([ready, exited]);
  exited.catch(() => {}); // from here on, an exit is the expected end
  return child;
}

function stopHerald(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM"); // the launcher stops the web server and worker, then PostgreSQL
  });
}

const signIn = (browser: Browser, email: string, password: string) =>
  signedInState(browser, BASE, email, password);

/** Waits until nothing on the page is still arriving or drawing. */
async function settle(page: Page, shot: Shot) {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready);
  if (shot.ready) await page.locator(shot.ready).first().waitFor({ state: "visible" });
  await page.waitForFunction(() => !document.querySelector("[aria-busy='true'], [data-slot='skeleton']"));
  await page.getByRole("heading", { level: 1 }).first().waitFor({ state: "visible" });
}

async function capture(browser: Browser, shot: Shot, state: BrowserContextOptions["storageState"]) {
  const files: string[] = [];
  for (const viewport of VIEWPORTS) {
    const context = await browser.newContext({
      baseURL: BASE,
      storageState: state,
      viewport: { width: viewport.width, height: viewport.height },
      isMobile: viewport.mobile,
      hasTouch: viewport.mobile,
      colorScheme: shot.dark ? "dark" : "light",
      reducedMotion: "reduce",
    });
    const page = await context.newPage();
    const response = await page.goto(shot.path);
    if (!response?.ok()) throw new Error(`${shot.path}: HTTP ${response?.status()}`);
    if (new URL(page.url()).pathname.startsWith("/sign-in")) {
      throw new Error(`${shot.path}: redirected to the sign-in page (the session did not hold)`);
    }
    await settle(page, shot);
    const file = path.join(OUT_DIR, `${shot.name}-${viewport.width}.png`);
    const png = await page.screenshot({ animations: "disabled", caret: "hide" });
    const palette = await sharp(png)
      .png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 })
      .toBuffer();
    writeFileSync(file, palette.length < png.length ? palette : png);
    files.push(file);
    await context.close();
  }
  return files;
}

async function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  console.log(`Starting Herald (${DATA_DIR}, ${BASE})…`);
  const herald = await startHerald();
  let browser: Browser | undefined;
  const onSignal = () =>
    void Promise.resolve(browser?.close()).finally(() => stopHerald(herald).finally(() => process.exit(130)));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const password = readFileSync(path.join(DATA_DIR, "postgres.password"), "utf8").trim();
    const databaseUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${PG_PORT}/herald`;
    const shots = await shotsToTake(databaseUrl);
    browser = await chromium.launch(LAUNCH);
    const states = {
      admin: await signIn(browser, demoAdmin.email, demoPasswords.admin),
      user: await signIn(browser, demoEmail(englishUser.name), demoPasswords.user),
    };
    for (const shot of shots) {
      for (const file of await capture(browser, shot, states[shot.who])) {
        console.log(`${file}  ${(statSync(file).size / 1024).toFixed(0)} KB`);
      }
    }
  } finally {
    await browser?.close();
    await stopHerald(herald);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
