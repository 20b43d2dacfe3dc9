import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";

// The port the e2e server listens on (playwright.config.ts).
const webPort = String(process.env.E2E_PORT ?? 3100);

test.describe("[system]", () => {
  test("[system] the listeners page shows Herald's own web port as LISTEN, filtered by state and port", async ({
    auditorPage: page,
  }) => {
    await page.goto(`/system/listeners?state=LISTEN&port=${webPort}`);
    await expect(page.getByRole("heading", { level: 1, name: "Listeners" })).toBeVisible();
    const table = page.getByTestId("listeners-table");
    const row = table
      .getByRole("row")
      .filter({ hasText: `:${webPort}` })
      .first();
    await expect(row).toContainText("LISTEN");
    await expect(row).toContainText("Waiting for a connection request from a remote TCP application.");
    await expect(page.getByLabel("State", { exact: true })).toHaveValue("LISTEN");
  });

  test("[system] the resources page shows the thresholds", async ({ auditorPage: page }) => {
    await page.goto("/system/resources");
    await expect(page.getByRole("heading", { level: 1, name: "Resources" })).toBeVisible();
    // Each rule reads as its catalog type and leads to it, not as a raw key.
    const thresholds = page.getByTestId("resources-thresholds");
    await expect(thresholds.getByRole("link", { name: "CPU Usage - Critical" })).toHaveAttribute(
      "href",
      "/catalog/monitoring.cpu-critical",
    );
    await expect(thresholds.getByRole("link", { name: "Low disk space - Low Urgency" })).toBeVisible();
    await expect(thresholds).not.toContainText("monitoring.");
    await expect(
      page.locator('[data-rule="monitoring.disk-low-low"] [data-testid="threshold-condition"]'),
    ).toHaveText("Free disk under 30%");
  });

  test("[system] an admin registers a device and sees it listed", async ({ adminPage: page }) => {
    const name = `e2e device ${randomUUID().slice(0, 8)}`;
    await page.goto("/system/devices");
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("Host or IP address").fill("127.0.0.1");
    await page.getByLabel("Ports", { exact: true }).fill(webPort);
    await page.getByRole("button", { name: "Register device" }).click();
    await expect(page.getByTestId("devices-table").getByRole("row").filter({ hasText: name })).toContainText(
      "Not checked yet",
    );
    // The form starts over, so the same device is not registered twice by a second click.
    const form = page.getByTestId("device-form");
    await expect(form.getByTestId("form-message")).toHaveText("Device registered.");
    await expect(form.getByLabel("Name", { exact: true })).toHaveValue("");
    await expect(form.getByLabel("Name", { exact: true })).toBeFocused();
    await expect(form.getByLabel("Host or IP address")).toHaveValue("");
    await expect(form.getByLabel("Ports", { exact: true })).toHaveValue("");
  });
});
