import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { pdfText } from "@/lib/system/dashboard/pdf/testing";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";

// The catalog type each download fires (lib/system/dashboard/download.ts is server-only).
const DASHBOARD_PDF_TYPE = "monitoring.dashboard-pdf-download";

test.describe("[system-dashboard]", () => {
  test("[system-dashboard] an admin opens the dashboard, downloads it as a PDF, and the download's notification shows in the history", async ({
    browser,
    createUser,
    signInAs,
  }) => {
    // A fresh admin who follows the type, so the notification of their own download reaches them.
    const admin = await createUser({ role: "ADMIN", name: `Dashboard Admin ${randomUUID().slice(0, 6)}` });
    await e2eDb().subscription.create({ data: { userId: admin.id, typeKey: DASHBOARD_PDF_TYPE } });
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signInAs(page, admin.email, admin.password);

    await page.goto("/system");
    await expect(page.getByRole("heading", { level: 1, name: "System dashboard" })).toBeVisible();
    for (const name of ["Services", "Listeners", "Resources", "Devices"])
      await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
    await expect(
      page.getByTestId("dashboard-services").locator('[data-testid="service-row"][data-kind="WEB"]').first(),
    ).toHaveAttribute("data-state", "ACTIVE");
    await expect(page.getByTestId("dashboard-listener-counts")).toContainText("LISTEN");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("dashboard-download-pdf").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^herald-system-dashboard-\d{4}-\d{2}-\d{2}-\d{4}\.pdf$/);
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.subarray(-8).toString("latin1")).toContain("%%EOF");
    const text = pdfText(pdf);
    expect(text).toContain(`Downloaded by ${admin.name} <${admin.email}>`);
    // The thresholds table names each rule by its catalog type, not by its key.
    expect(text).toContain("CPU Usage - High");
    expect(text).toContain("Low disk space - Low Urgency");
    expect(text).not.toContain("monitoring.cpu-high");

    // Exactly one event names the admin, and the worker sends it to them (polling the database, no sleeps).
    const events = await e2eDb().event.findMany({
      where: { typeKey: DASHBOARD_PDF_TYPE, payload: { path: ["user", "username"], equals: admin.email } },
      select: { id: true },
    });
    expect(events).toHaveLength(1);
    const eventId = events[0]!.id;
    await expect
      .poll(
        async () =>
          (
            await e2eDb().delivery.findFirst({
              where: { eventId, userId: admin.id },
              select: { status: true },
            })
          )?.status,
        { timeout: 30_000 },
      )
      .toBe("SENT");

    await page.goto(
      `/history?type=${DASHBOARD_PDF_TYPE}&event=${eventId}&recipient=${encodeURIComponent(admin.email)}`,
    );
    const row = page.getByTestId("history-row");
    await expect(row).toHaveCount(1);
    await expect(row).toHaveAttribute("data-status", "SENT");
    await expect(row).toContainText("User downloaded the PDF with system dashboard");
    await context.close();
  });

  test("[system-dashboard] a USER can neither open the dashboard nor download its PDF", async ({
    userPage,
  }) => {
    const response = await userPage.goto("/system");
    expect(response?.status()).toBe(403);
    const pdf = await userPage.request.get("/api/internal/system/dashboard/pdf");
    expect(pdf.status()).toBe(403);
    expect(((await pdf.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
  });
});
