import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";
import { confirmWithKeyboard, expectFocusRing, retype, tabTo } from "./keyboard";

// The system pages (e2e/system-*.spec.ts's flows) with the keyboard alone: no click, no fill, no focus().

// The port the e2e server listens on (playwright.config.ts).
const webPort = String(process.env.E2E_PORT ?? 3100);

test.describe("[keyboard]", () => {
  // The e2e server's one worker serves every other spec: it ends enabled whatever happens here.
  test.afterEach(async () => {
    await e2eDb().serviceControl.updateMany({ where: { kind: "WORKER" }, data: { disabled: false } });
  });

  test("[keyboard] an admin disables the worker and enables it again, each after confirming", async ({
    adminPage: page,
  }) => {
    await page.goto("/system/services");
    const control = page.getByTestId("service-control-WORKER");
    await confirmWithKeyboard(page, page.getByTestId("disable-WORKER"), "Disable");
    await expect(control).toContainText("Disabled");
    await expect(page.getByTestId("enable-WORKER")).toBeFocused();
    await confirmWithKeyboard(page, page.getByTestId("enable-WORKER"), "Enable");
    await expect(control).toContainText("Enabled");
    await expect(page.getByTestId("disable-WORKER")).toBeFocused();
  });

  test("[keyboard] an admin registers a device, opens it, has a bad port refused at its field, saves it and removes it", async ({
    adminPage: page,
  }) => {
    const id = randomUUID().slice(0, 8);
    const name = `e2e keyboard device ${id} 1`;
    // Listed by name right after the one registered here: where the focus goes when that one is removed.
    const neighbour = `e2e keyboard device ${id} 2`;
    await e2eDb().device.create({ data: { name: neighbour, host: "127.0.0.1", ports: [Number(webPort)] } });
    await page.goto("/system/devices");
    const register = page.getByTestId("device-form");
    await tabTo(page, register.getByLabel("Name", { exact: true }));
    await page.keyboard.type(name);
    await tabTo(page, register.getByLabel("Host or IP address"));
    await page.keyboard.type("127.0.0.1");
    await tabTo(page, register.getByLabel("Ports", { exact: true }));
    await page.keyboard.type(webPort);
    await page.keyboard.press("Enter");
    const row = page.getByTestId("devices-table").getByRole("row").filter({ hasText: name });
    await expect(row).toContainText("Not checked yet");

    await tabTo(page, row.getByRole("link", { name, exact: true }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const form = page.getByTestId("device-edit-form");
    const ports = form.getByLabel("Ports", { exact: true });
    await tabTo(page, ports);
    await retype(page, "70000");
    await page.keyboard.press("Enter");
    await expect(ports).toHaveAttribute("aria-invalid", "true");
    await expect(ports).toBeFocused();
    await retype(page, webPort);
    const save = form.getByRole("button", { name: "Save changes" });
    await tabTo(page, save);
    await page.keyboard.press("Enter");
    await expect(form.getByTestId("form-message")).toHaveText("Device saved.");
    await expect(ports).not.toHaveAttribute("aria-invalid", "true");
    await expect(save).toBeFocused();

    // Removing it takes its row (and the Remove button) away: the focus goes to the next row's.
    await page.goto("/system/devices");
    await confirmWithKeyboard(page, row.getByRole("button", { name: "Remove" }), "Remove device");
    await expect(row).toHaveCount(0);
    const next = page.getByTestId("devices-table").getByRole("row").filter({ hasText: neighbour });
    await expectFocusRing(next.getByRole("button", { name: "Remove" }));
    expect(await e2eDb().device.count({ where: { name } })).toBe(0);
    await e2eDb().device.delete({ where: { name: neighbour } });
  });

  test("[keyboard] an auditor filters the listeners by state and port", async ({ auditorPage: page }) => {
    await page.goto("/system/listeners");
    const state = page.getByLabel("State", { exact: true });
    await tabTo(page, state);
    await page.keyboard.type("LISTEN");
    await expect(state).toHaveValue("LISTEN");
    await tabTo(page, page.getByLabel("Port (local or remote)"));
    await page.keyboard.type(webPort);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`state=LISTEN&port=${webPort}`));
    const row = page
      .getByTestId("listeners-table")
      .getByRole("row")
      .filter({ hasText: `:${webPort}` });
    await expect(row.first()).toContainText("LISTEN");

    await tabTo(page, page.getByRole("link", { name: "Clear filters" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/system\/listeners$/);
    await expect(state).toHaveValue("");
    await expect(page.getByLabel("Port (local or remote)")).toHaveValue("");
    // The link goes away with the filters: the focus moved to the first field first.
    await expectFocusRing(state);
  });

  test("[keyboard] an admin pauses and resumes the resources page's auto-refresh, and a threshold out of order is refused at its field", async ({
    adminPage: page,
  }) => {
    await page.goto("/system/resources");
    const status = page.getByTestId("resources-refresh-status");
    await expect(status).toHaveText("Refreshes every 5 seconds.");
    await tabTo(page, page.getByRole("button", { name: "Pause auto-refresh" }));
    await page.keyboard.press("Enter");
    await expect(status).toHaveText("Auto-refresh is paused.");
    const resume = page.getByRole("button", { name: "Resume auto-refresh" });
    await expectFocusRing(resume);
    await page.keyboard.press("Enter");
    await expect(status).toHaveText("Refreshes every 5 seconds.");

    // A refused save changes nothing, so it cannot disturb e2e/system-resources.spec.ts's thresholds.
    const cpu = page.getByTestId("thresholds-form").getByRole("group", { name: "CPU usage" });
    await tabTo(page, cpu.getByLabel("High over (%)"));
    await retype(page, "95");
    await tabTo(page, page.getByTestId("thresholds-save"));
    await page.keyboard.press("Enter");
    await expect(cpu.getByLabel("Critical over (%)")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Critical must be higher than High")).toBeVisible();
    await expect(page.getByTestId("thresholds-save")).toBeFocused();
  });

  test("[keyboard] an admin downloads the system dashboard as a PDF with Enter", async ({
    adminPage: page,
  }) => {
    await page.goto("/system");
    const link = page.getByTestId("dashboard-download-pdf");
    await tabTo(page, link);
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toMatch(/^herald-system-dashboard-.*\.pdf$/);
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await expect(link).toBeFocused();
  });
});
