import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunch } from "./e2e/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;

// Debian's Chromium: Playwright's own browser download cannot run on these machines.
const chromium = chromiumLaunch;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // A safety net, not a performance bound: the longest flows (template override round trip)
  // take ~30 s on a busy 2-core machine while the other worker runs accessibility scans.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: chromium,
  },
  projects: [
    { name: "setup", testMatch: /global\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions: chromium },
      dependencies: ["setup"],
      testIgnore: /(security-sweep|secret-leaks)\.spec\.ts/,
    },
    // After every other spec: its database fingerprints cannot tell another spec's writes from a
    // refused call's, so nothing else may run beside it.
    {
      name: "security-sweep",
      testMatch: /security-sweep\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], launchOptions: chromium },
      dependencies: ["chromium"],
    },
    // Last of all: once every other spec has run, no secret of the run may be in the server's log, a
    // page or an API answer.
    {
      name: "secret-leaks",
      testMatch: /secret-leaks\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], launchOptions: chromium },
      dependencies: ["security-sweep"],
    },
  ],
  // The production build on a fresh embedded PostgreSQL with the demo seed.
  webServer: {
    command: "tsx scripts/e2e-server.ts start",
    // SIGTERM lets the launcher stop the web server, then PostgreSQL (the default is SIGKILL).
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    url: `${baseURL}/sign-in`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      HERALD_DATA_DIR: ".data/e2e",
      HERALD_PG_PORT: "54349",
      PORT: String(port),
      APP_URL: baseURL,
      // Tests give each simulated client its own address through X-Forwarded-For.
      TRUST_PROXY: "true",
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-000000",
      MAIL_TRANSPORT: "mailbox",
      // TEST_RESEND_WEBHOOK_SECRET (tests/fakes/resend-webhook.ts): e2e signs webhooks with it.
      RESEND_WEBHOOK_SECRET: "whsec_aGVyYWxkLXRlc3Qtd2ViaG9vay1zZWNyZXQtb25seSE=",
    },
  },
});
