import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";

// The port the e2e server listens on (playwright.config.ts).
const webPort = String(process.env.E2E_PORT ?? 3100);
const REFRESH_ROUTE = "/api/internal/system/resources";

test.describe("[resources]", () => {
  test("[resources] the page re-reads the readings every 5 seconds until paused, and again once resumed", async ({
    adminPage: page,
  }) => {
    const db = e2eDb();
    const host = `e2e-refresh-${randomUUID().slice(0, 8)}`;
    // Dated ahead of the sampler's own readings, so it stays the latest while the test runs.
    const sample = await db.resourceSample.create({
      data: {
        host: `${host}-before`,
        at: new Date(Date.now() + 10 * 60_000),
        cpuPercent: 12.5,
        memoryPercent: 40,
        diskFreePercent: 60,
        diskFreeBytes: 60n,
        diskTotalBytes: 100n,
        volume: "/e2e",
      },
    });
    try {
      // The page's timers run on Playwright's clock: the refresh interval passes only when told to.
      await page.clock.install();
      await page.goto("/system/resources");
      const status = page.getByTestId("resources-refresh-status");
      await expect(status).toHaveText("Refreshes every 5 seconds.");
      await expect(page.getByRole("heading", { level: 2, name: new RegExp(`${host}-before`) })).toBeVisible();

      await db.resourceSample.update({ where: { id: sample.id }, data: { host: `${host}-running` } });
      const refreshed = page.waitForResponse((response) => response.url().includes(REFRESH_ROUTE));
      await page.clock.runFor(5_000);
      expect((await refreshed).status()).toBe(200);
      await expect(
        page.getByRole("heading", { level: 2, name: new RegExp(`${host}-running`) }),
      ).toBeVisible();

      // Paused: thirty seconds pass without a request, and the figures stay as they were.
      await page.getByRole("button", { name: "Pause auto-refresh" }).click();
      await expect(status).toHaveText("Auto-refresh is paused.");
      await db.resourceSample.update({ where: { id: sample.id }, data: { host: `${host}-resumed` } });
      let requestsWhilePaused = 0;
      const count = (request: { url: () => string }) => {
        if (request.url().includes(REFRESH_ROUTE)) requestsWhilePaused += 1;
      };
      page.on("request", count);
      await page.clock.runFor(30_000);
      await expect(
        page.getByRole("heading", { level: 2, name: new RegExp(`${host}-running`) }),
      ).toBeVisible();
      page.off("request", count);
      expect(requestsWhilePaused).toBe(0);

      // Resumed: the next interval reads again.
      await page.getByRole("button", { name: "Resume auto-refresh" }).click();
      await expect(status).toHaveText("Refreshes every 5 seconds.");
      const resumed = page.waitForResponse((response) => response.url().includes(REFRESH_ROUTE));
      await page.clock.runFor(5_000);
      await resumed;
      await expect(
        page.getByRole("heading", { level: 2, name: new RegExp(`${host}-resumed`) }),
      ).toBeVisible();
    } finally {
      await db.resourceSample.delete({ where: { id: sample.id } });
    }
  });

  test("[resources] an admin raises CPU High and the rule shows the new level; an auditor reads the thresholds without a Save button", async ({
    adminPage: page,
    auditorPage,
  }) => {
    try {
      await page.goto("/system/resources");
      const form = page.getByTestId("thresholds-form");
      const cpuHigh = form.getByRole("group", { name: "CPU usage" }).getByLabel("High over (%)");
      await expect(cpuHigh).toHaveValue("70");

      // Out of order: refused at the Critical field, nothing saved.
      await cpuHigh.fill("95");
      await page.getByTestId("thresholds-save").click();
      const cpuCritical = form.getByRole("group", { name: "CPU usage" }).getByLabel("Critical over (%)");
      await expect(cpuCritical).toHaveAttribute("aria-invalid", "true");
      await expect(form.getByText("Critical must be higher than High")).toBeVisible();

      await cpuHigh.fill("75");
      await page.getByTestId("thresholds-save").click();
      await expect(page.getByTestId("form-message")).toHaveText(
        "Thresholds saved. The next reading uses them.",
      );
      const condition = (p: typeof page) =>
        p.locator('[data-rule="monitoring.cpu-high"] [data-testid="threshold-condition"]');
      await expect(condition(page)).toHaveText("CPU over 75% for 10 minutes");

      await auditorPage.goto("/system/resources");
      await expect(condition(auditorPage)).toHaveText("CPU over 75% for 10 minutes");
      const auditorCpuHigh = auditorPage
        .getByTestId("thresholds-form")
        .getByRole("group", { name: "CPU usage" })
        .getByLabel("High over (%)");
      await expect(auditorCpuHigh).toHaveValue("75");
      await expect(auditorCpuHigh).toBeDisabled();
      await expect(auditorPage.getByTestId("thresholds-save")).toHaveCount(0);
      await expect(auditorPage.getByText("Only an administrator can change the thresholds.")).toBeVisible();

      // The type's pages keep the manual's text (70 %) and add the level this installation fires at.
      for (const path of ["/catalog/monitoring.cpu-high", "/templates/monitoring.cpu-high"]) {
        await auditorPage.goto(path);
        await expect(
          auditorPage.getByText("CPU is running over 70% usage over 10 minutes").first(),
        ).toBeVisible();
        await expect(auditorPage.getByTestId("configured-threshold")).toContainText(
          "On this installation: over 75% for 10 minutes.",
        );
      }
      await auditorPage.goto("/catalog/monitoring.disk-low-low");
      await expect(auditorPage.getByTestId("configured-threshold")).toContainText(
        "On this installation: under 30% of free space.",
      );
      await auditorPage.goto("/catalog/monitoring.dashboard-pdf-download");
      await expect(auditorPage.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(auditorPage.getByTestId("configured-threshold")).toHaveCount(0);
    } finally {
      // Back to the seed's defaults for the other tests (no row = defaults).
      await e2eDb().resourceThresholds.deleteMany();
    }
  });
});

test.describe("[devices]", () => {
  test("[devices] an admin edits a device on its page, a bad port is refused at its field, and an auditor sees it read-only", async ({
    adminPage: page,
    auditorPage,
  }) => {
    const db = e2eDb();
    const name = `e2e edit ${randomUUID().slice(0, 8)}`;
    const device = await db.device.create({
      data: { name, host: "127.0.0.1", ports: [9], failureThreshold: 3 },
    });
    try {
      await db.deviceCheck.create({
        data: {
          deviceId: device.id,
          at: new Date(),
          ok: false,
          failedPorts: [9],
          error: "connect ECONNREFUSED 127.0.0.1:9",
        },
      });
      await page.goto("/system/devices");
      await page.getByTestId("devices-table").getByRole("link", { name, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/system/devices/${device.id}$`));
      await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
      await expect(page.getByTestId("device-checks")).toContainText("connect ECONNREFUSED 127.0.0.1:9");

      const form = page.getByTestId("device-edit-form");
      const ports = form.getByLabel("Ports", { exact: true });
      await expect(ports).toHaveValue("9");
      await ports.fill("70000");
      await form.getByRole("button", { name: "Save changes" }).click();
      await expect(ports).toHaveAttribute("aria-invalid", "true");

      const renamed = `${name} renamed`;
      await form.getByLabel("Name", { exact: true }).fill(renamed);
      await ports.fill(webPort);
      await form.getByLabel("Failed checks before it counts as lost").fill("5");
      await form.getByRole("button", { name: "Save changes" }).click();
      await expect(form.getByTestId("form-message")).toHaveText("Device saved.");
      await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
      await expect(page.getByTestId("device-facts")).toContainText(`127.0.0.1 : ${webPort}`);
      await expect(page.getByTestId("device-facts")).toContainText("of 5 before it counts as lost");
      const audit = await db.auditLog.findFirst({ where: { action: "device.update", targetId: device.id } });
      expect(audit?.after).toMatchObject({ name: renamed, ports: [Number(webPort)], failureThreshold: 5 });

      await auditorPage.goto(`/system/devices/${device.id}`);
      await expect(auditorPage.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
      await expect(
        auditorPage.getByTestId("device-edit-form").getByLabel("Name", { exact: true }),
      ).toBeDisabled();
      await expect(auditorPage.getByRole("button", { name: "Save changes" })).toHaveCount(0);
    } finally {
      await db.device.delete({ where: { id: device.id } });
    }
  });
});
