import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { demoEmail } from "@/prisma/seed/demo-data";
import { createGroup } from "@/prisma/seed/factories";
import { expect, test } from "./fixtures";
import { e2eDb, storageStatePath } from "./helpers";
import { notificationTypes } from "@/lib/catalog/definitions";

// The catalog is code (lib/catalog/definitions.ts), so expected counts come from it; the totals and
// the names the issue quotes are checked literally too.
const count = (predicate: (type: (typeof notificationTypes)[number]) => boolean) =>
  notificationTypes.filter(predicate).length;

test.describe("[catalog]", () => {
  test("[catalog] an admin sees 101 types in 14 categories with the seed's names", async ({
    adminPage: page,
  }) => {
    await page.goto("/catalog");
    await expect(page.getByRole("heading", { level: 1, name: "Notification catalog" })).toBeVisible();
    await expect(page.getByTestId("catalog-total-types")).toContainText("101");
    await expect(page.getByTestId("catalog-total-categories")).toContainText("14");
    await expect(page.getByTestId("catalog-result-count")).toHaveText("101 notification types");
    await expect(page.getByTestId("catalog-type-row")).toHaveCount(101);
    await expect(page.getByTestId("catalog-group")).toHaveCount(14);

    for (const name of [
      "Certificate expiration alert: 30 days",
      "Command detected - Block and interrupt session",
      "Reestabilished Connectivity",
      "senhasegura.go version installed",
      "Founded request",
    ]) {
      await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
    }

    const categories = page.getByRole("navigation", { name: "Categories" });
    await expect(categories.getByRole("link", { name: /^Workstation\s*27 types/ })).toBeVisible();
    await expect(categories.getByRole("link", { name: /^Certificates\s*16 types/ })).toBeVisible();
    await expect(categories.getByRole("link", { name: /^Access control\s*3 types/ })).toBeVisible();
  });

  test('[catalog] searching "expiration" finds the certificate expiry types', async ({ adminPage: page }) => {
    await page.goto("/catalog");
    await page.getByRole("searchbox", { name: "Search" }).fill("expiration");
    await expect(page).toHaveURL(/\/catalog\?q=expiration$/);
    await expect(page.getByTestId("catalog-result-count")).toHaveText(
      "7 notification types match “expiration”",
    );

    const rows = page.getByTestId("catalog-type-row");
    await expect(rows).toHaveCount(7);
    for (const key of await rows.evaluateAll((elements) =>
      elements.map((e) => e.getAttribute("data-type-key")),
    )) {
      expect(key).toMatch(/^certificates\.expiration-(alert|warning)-/);
    }
    await expect(page.getByRole("link", { name: "Certificate expiration warning: 90 days" })).toBeVisible();

    // The URL is the state: opened directly, it renders the same results on the server.
    await page.goto("/catalog?q=expiration");
    await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("expiration");
    await expect(page.getByTestId("catalog-type-row")).toHaveCount(7);
  });

  test("[catalog] filters by severity and mandatory narrow the list", async ({ adminPage: page }) => {
    await page.goto("/catalog");
    const rows = page.getByTestId("catalog-type-row");

    await page.getByRole("group", { name: "Severity" }).getByText("Critical", { exact: true }).click();
    await expect(page).toHaveURL(/severity=critical/);
    const critical = count((type) => type.severity === "critical");
    await expect(rows).toHaveCount(critical);
    await expect(rows.locator('[data-severity="critical"]')).toHaveCount(critical);

    await page.getByLabel("Opt-out", { exact: true }).selectOption("true");
    await expect(page).toHaveURL(/severity=critical&mandatory=true/);
    const criticalMandatory = count((type) => type.severity === "critical" && type.mandatory);
    expect(criticalMandatory).toBeLessThan(critical);
    await expect(rows).toHaveCount(criticalMandatory);
    await expect(rows.getByTestId("mandatory-lock")).toHaveCount(criticalMandatory);

    await page.getByRole("group", { name: "Severity" }).getByText("Any", { exact: true }).click();
    await expect(page).toHaveURL(/\/catalog\?mandatory=true$/);
    await expect(rows).toHaveCount(count((type) => type.mandatory));

    await page.getByRole("link", { name: "Clear filters" }).first().click();
    await expect(page).toHaveURL(/\/catalog$/);
    await expect(rows).toHaveCount(101);
    await expect(page.getByLabel("Opt-out", { exact: true })).toHaveValue("");
  });

  test("[catalog] filters with no match show an empty state that clears them", async ({
    adminPage: page,
  }) => {
    await page.goto("/catalog?q=expiration&category=devices");
    await expect(page.getByText("No notification types match", { exact: true })).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: "Clear filters" }).last().click();
    await expect(page).toHaveURL(/\/catalog$/);
    await expect(page.getByTestId("catalog-type-row")).toHaveCount(101);
  });

  test("[catalog] the filter form works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({
      storageState: storageStatePath("admin"),
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto("/catalog");
    await page.getByRole("searchbox", { name: "Search" }).fill("cpu");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/q=cpu/);
    await expect(page.getByTestId("catalog-type-row")).toHaveCount(2);
    await context.close();
  });

  test("[catalog] a type page shows its facts", async ({ adminPage: page }) => {
    await page.goto("/catalog");
    await page.getByRole("link", { name: "Certificate expiration alert: Today", exact: true }).click();
    await expect(page).toHaveURL(/\/catalog\/certificates\.expiration-alert-today$/);

    await expect(
      page.getByRole("heading", { level: 1, name: "Certificate expiration alert: Today" }),
    ).toBeVisible();
    const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(breadcrumb.getByRole("link", { name: "Catalog" })).toHaveAttribute("href", "/catalog");
    await expect(breadcrumb.getByRole("link", { name: "Certificates" })).toHaveAttribute(
      "href",
      "/catalog?category=certificates",
    );
    await expect(page.getByTestId("type-key")).toHaveText("certificates.expiration-alert-today");
    await expect(page.getByTestId("type-severity")).toHaveText("Critical");
    await expect(page.getByTestId("type-kind")).toContainText("Threshold alert");
    await expect(page.getByTestId("type-mandatory")).toContainText(
      "Security-critical: recipients cannot opt out",
    );
    await expect(page.getByTestId("type-category")).toHaveText("Certificates");
    await expect(page.getByTestId("type-names-en")).toContainText("Certificate expiration alert: Today");
    await expect(page.getByTestId("type-names-pt-BR")).toContainText("Alerta de expiração de certificado");
    await expect(page.getByTestId("preview-email")).toHaveAttribute(
      "href",
      "/templates/certificates.expiration-alert-today",
    );
    await expect(page.getByRole("heading", { level: 2, name: "Subscribers and recipients" })).toBeVisible();
    await expect(page.getByTestId("type-recipients-content")).toBeVisible();

    // An optional type says recipients may opt out.
    await page.goto("/catalog/devices.connectivity-restored");
    await expect(page.getByRole("heading", { level: 1, name: "Reestabilished Connectivity" })).toBeVisible();
    await expect(page.getByTestId("type-mandatory")).toContainText("Opt-out allowed");

    const missing = await page.goto("/catalog/no-such.type");
    expect(missing?.status()).toBe(404);
  });

  test("[catalog] a USER cannot open the catalog (403)", async ({ userPage: page }) => {
    for (const path of ["/catalog", "/catalog?q=cpu", "/catalog/certificates.created"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
    await expect(page.getByTestId("catalog-type-row")).toHaveCount(0);
  });

  test("[catalog] an auditor can browse the catalog", async ({ auditorPage: page }) => {
    const response = await page.goto("/catalog");
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("catalog-total-types")).toContainText("101");

    await page
      .getByRole("navigation", { name: "Categories" })
      .getByRole("link", { name: /^Workstation/ })
      .click();
    await expect(page).toHaveURL(/\/catalog\?category=workstation$/);
    await expect(page.getByTestId("catalog-result-count")).toHaveText("27 notification types");

    await page.getByRole("link", { name: "senhasegura.go version installed", exact: true }).click();
    await expect(page).toHaveURL(/\/catalog\/workstation\.version-installed$/);
    await expect(page.getByTestId("type-key")).toHaveText("workstation.version-installed");
  });

  test("[catalog] a type page lists the subscribers left out and why: a suppressed address, a disabled user", async ({
    adminPage: page,
    createUser,
  }) => {
    const TYPE = "command-audit.allow"; // Security Operations subscribes to all of Command audit
    // The seed's spam complaint: Tatiana Gomes, a member of Security Operations.
    const suppressed = demoEmail("Tatiana Gomes");
    const disabled = await createUser({ disabled: true });
    const group = await createGroup(e2eDb(), `E2E Left out ${randomUUID().slice(0, 8)}`, [disabled.id]);
    await e2eDb().subscription.create({ data: { groupId: group.id, typeKey: TYPE } });

    await page.goto(`/catalog/${TYPE}`);
    const effective = page.getByTestId("type-effective-recipients");
    await expect(effective).toBeVisible();
    await expect(effective).not.toContainText(suppressed);
    await expect(effective).not.toContainText(disabled.email);

    const leftOut = page.getByTestId("left-out-recipient");
    await expect(
      page.locator(`[data-testid="left-out-recipient"][data-email="${suppressed}"]`),
    ).toContainText(/Address suppressed — spam complaint, since /);
    await expect(leftOut.filter({ hasText: disabled.email })).toContainText("User disabled");
    await expect(page.getByRole("heading", { level: 4, name: /^Left out · \d+ people$/ })).toBeVisible();
    const axe = await new AxeBuilder({ page })
      .include('[data-testid="type-left-out"]')
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  });
});
