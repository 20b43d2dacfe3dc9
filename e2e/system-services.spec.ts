import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";

// The port the e2e server listens on (playwright.config.ts).
const webPort = String(process.env.E2E_PORT ?? 3100);

// The e2e server runs one worker that other specs need: whatever happens here, the workers end enabled.
test.afterEach(async () => {
  await e2eDb().serviceControl.updateMany({ where: { kind: "WORKER" }, data: { disabled: false } });
});

test("[services] the services page shows a worker ACTIVE, then DISABLED after an admin disables it", async ({
  adminPage: page,
}) => {
  await page.goto("/system/services");
  await expect(page.getByRole("heading", { name: "Services", level: 1 })).toBeVisible();
  const activeWorker = page.locator('[data-testid="service-row"][data-kind="WORKER"][data-state="ACTIVE"]');
  await expect(activeWorker.first()).toBeVisible();
  await expect(activeWorker.first()).toContainText("Service is operating.");
  await expect(
    page.locator('[data-testid="service-row"][data-kind="DATABASE"][data-state="ACTIVE"]'),
  ).toBeVisible();

  await page.getByTestId("disable-WORKER").click();
  await page.getByTestId("confirm-disable-WORKER").click();
  await expect(page.getByTestId("service-control-WORKER")).toContainText("Disabled");
  await expect(
    page.locator('[data-testid="service-row"][data-kind="WORKER"][data-state="ACTIVE"]'),
  ).toHaveCount(0);
  const disabledWorker = page.locator(
    '[data-testid="service-row"][data-kind="WORKER"][data-state="DISABLED"]',
  );
  await expect(disabledWorker.first()).toContainText("Service is not enabled");

  await page.getByTestId("enable-WORKER").click();
  await page.getByTestId("confirm-enable-WORKER").click();
  await expect(page.getByTestId("service-control-WORKER")).toContainText("Enabled");
  await expect(activeWorker.first()).toBeVisible();
});

test("[services] a port reads as the identifier it is, and a mail transport's time as its last success", async ({
  auditorPage: page,
}) => {
  await page.goto("/system/services");
  // This server's own web instance reports the port it listens on: 3100, never "3,100".
  const web = page.locator('[data-testid="service-row"][data-kind="WEB"][data-state="ACTIVE"]').first();
  await expect(web.getByText(webPort, { exact: true })).toBeVisible();
  await expect(web).not.toContainText(Number(webPort).toLocaleString("en"));
  // A transport's health records its last send, not when its state began: the row says which it shows.
  const mailbox = page.locator('[data-testid="service-row"][data-kind="TRANSPORT"]').first();
  await expect(mailbox.getByTestId("service-since")).toContainText("Last success");
});

test("[services] an auditor sees the services without the switches", async ({ auditorPage: page }) => {
  await page.goto("/system/services");
  await expect(page.locator('[data-testid="service-row"][data-kind="WEB"]').first()).toBeVisible();
  await expect(page.getByTestId("disable-WORKER")).toHaveCount(0);
});

test("[observability] /healthz, /readyz and /metrics answer a local probe", async ({ request }) => {
  const health = await request.get("/healthz");
  expect(health.status()).toBe(200);
  const ready = await request.get("/readyz");
  // A migration folder added after the server started reads as pending (503): the body says which check failed.
  expect(ready.status(), await ready.text()).toBe(200);
  expect(await ready.json()).toMatchObject({ status: "ready", checks: { database: { ok: true } } });
  const metrics = await request.get("/metrics");
  expect(metrics.status()).toBe(200);
  expect(await metrics.text()).toMatch(/^herald_queue_depth \d+$/m);
});
