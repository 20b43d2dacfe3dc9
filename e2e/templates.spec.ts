import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";
import { samplePayloads } from "@/lib/templates/payloads";

// The demo admin (Ana Admin) reads the UI in English, in UTC. The override test owns one type that
// no other spec touches, and removes its texts whatever happens.
const OVERRIDE_TYPE = "workstation.macro";

async function editPayload(page: Page, edit: (payload: Record<string, unknown>) => void) {
  const editor = page.getByTestId("payload-editor");
  const payload = JSON.parse(await editor.inputValue()) as Record<string, unknown>;
  edit(payload);
  await editor.fill(JSON.stringify(payload, null, 2));
}

test.describe("[templates]", () => {
  test.afterAll(async () => {
    await e2eDb().templateOverride.deleteMany({ where: { typeKey: OVERRIDE_TYPE } });
  });

  test("[templates] an admin previews a type, fixes an invalid payload, switches to pt-BR and mobile, and the preview updates", async ({
    adminPage: page,
  }) => {
    await page.goto("/templates");
    await expect(page.getByRole("heading", { level: 1, name: "E-mail templates" })).toBeVisible();
    await expect(page.getByTestId("template-row")).toHaveCount(101);
    await page.getByRole("searchbox", { name: "Filter types" }).fill("cpu usage");
    await expect(page.getByTestId("template-row")).toHaveCount(2);
    await page.getByRole("link", { name: "CPU Usage - Critical", exact: true }).click();
    await expect(page).toHaveURL(/\/templates\/monitoring\.cpu-critical$/);

    const subject = page.getByTestId("preview-subject");
    const frame = page.frameLocator('[data-testid="preview-frame"]');
    await expect(subject).toHaveText("CPU critical on pam-node-01: 96.4%");
    await expect(page.getByTestId("preview-frame")).toHaveAttribute("sandbox", "");
    await expect(frame.locator("html")).toHaveAttribute("lang", "en");
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText("CPU critical on pam-node-01: 96.4%");
    await expect(frame.getByText("Hello Ana Admin,")).toBeVisible();

    // Break the payload: a string where a percentage goes, and a link that is not http(s).
    await editPayload(page, (payload) => {
      payload.usage = "very high";
      payload.detailsUrl = "javascript:alert(1)";
    });
    await expect(page.getByTestId("payload-status")).toHaveAttribute("data-state", "invalid");
    await expect(page.getByTestId("payload-editor")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator('[data-testid="payload-issue"][data-path="usage"]')).toContainText(
      "Expected number",
    );
    await expect(page.locator('[data-testid="payload-issue"][data-path="detailsUrl"]')).toContainText(
      "http:// or https://",
    );
    await expect(page.getByTestId("preview-stale")).toBeVisible();
    await expect(page.getByTestId("send-test")).toBeDisabled();
    await expect(subject).toHaveText("CPU critical on pam-node-01: 96.4%");

    // Fix it with new values: the preview follows.
    await editPayload(page, (payload) => {
      payload.usage = 91.25;
      payload.detailsUrl = "https://pam.meridional.example/monitoring/pam-node-01";
    });
    await expect(page.getByTestId("payload-status")).toHaveAttribute("data-state", "valid");
    await expect(page.getByTestId("payload-issue")).toHaveCount(0);
    await expect(subject).toHaveText("CPU critical on pam-node-01: 91.3%");
    await expect(page.getByTestId("preview-stale")).toHaveCount(0);

    // Brazilian Portuguese: subject, heading, numbers and the document language change.
    await page.getByTestId("locale-switch").getByText("Português (Brasil)").click();
    await expect(subject).toHaveText("CPU crítica em pam-node-01: 91,3%");
    await expect(frame.locator("html")).toHaveAttribute("lang", "pt-BR");
    await expect(frame.getByText("Olá, Ana Admin,")).toBeVisible();

    // Mobile width.
    await page.getByTestId("viewport-switch").getByText("Mobile").click();
    await expect(page.getByTestId("email-preview")).toHaveAttribute("data-viewport", "mobile");
    await expect(page.getByTestId("preview-frame")).toHaveAttribute("style", /width: 375px/);

    // The plain-text version follows too.
    await page.getByRole("tab", { name: "Plain text" }).click();
    await expect(page.getByTestId("preview-text")).toContainText("O uso de CPU em pam-node-01 está em 91,3%");
  });

  test("[templates] a text override appears in the preview and reset removes it", async ({
    adminPage: page,
  }) => {
    await page.goto(`/templates/${OVERRIDE_TYPE}`);
    const subject = page.getByTestId("preview-subject");
    const frame = page.frameLocator('[data-testid="preview-frame"]');
    await expect(subject).toHaveText("Macro run on WKS-FIN-0142: Month-end ERP export");
    await expect(page.getByTestId("override-status")).toHaveText("Default texts");

    // An unknown variable is refused before saving.
    const subjectField = page.getByRole("textbox", { name: "Subject" });
    await subjectField.fill("Macro on {{workstation.name}}");
    await expect(page.getByText("Unknown variables: {{workstation.name}}")).toBeVisible();
    await expect(page.getByTestId("override-save")).toBeDisabled();

    // Variables come from the picker; the override is plain text, so markup is shown as typed.
    await subjectField.fill("Macro alert for ");
    await page.getByRole("button", { name: "Insert a variable into Subject" }).click();
    await page.getByRole("textbox", { name: "Search variables" }).fill("hostname");
    await page.getByRole("button", { name: /\{\{workstation\.hostname\}\}/ }).click();
    await expect(subjectField).toHaveValue("Macro alert for {{workstation.hostname}}");
    await page
      .getByRole("textbox", { name: "Intro paragraph" })
      .fill("Call the SOC <b>now</b> if {{macro}} was not planned.");
    await page.getByTestId("override-save").click();
    await expect(page.getByTestId("override-result")).toHaveText("Texts saved. The preview shows them.");
    await expect(page.getByTestId("override-status")).toHaveText("Custom texts");

    await expect(subject).toHaveText("Macro alert for WKS-FIN-0142");
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Macro alert for WKS-FIN-0142");
    await expect(
      frame.getByText("Call the SOC <b>now</b> if Month-end ERP export was not planned."),
    ).toBeVisible();

    // The list marks the type as customized; a reload keeps the texts.
    await page.goto("/templates");
    await expect(page.locator(`[data-testid="template-row"][data-key="${OVERRIDE_TYPE}"]`)).toContainText(
      "Custom: en",
    );
    await page.goto(`/templates/${OVERRIDE_TYPE}`);
    await expect(subject).toHaveText("Macro alert for WKS-FIN-0142");

    await page.getByTestId("override-reset").click();
    await page.getByTestId("override-reset-confirm").click();
    await expect(page.getByTestId("override-status")).toHaveText("Default texts");
    await expect(subjectField).toHaveValue("");
    await expect(subject).toHaveText("Macro run on WKS-FIN-0142: Month-end ERP export");
    await expect(frame.getByText("Call the SOC")).toHaveCount(0);
  });

  test("[templates] an admin sends a test of the previewed e-mail to themself", async ({
    adminPage: page,
  }) => {
    await page.goto("/templates/certificates.revocation");
    await expect(page.getByTestId("preview-subject")).toHaveText(
      "Certificate revoked: api.pix.meridional.example",
    );
    const since = new Date();
    await page.getByRole("button", { name: "Send test to me" }).click();
    // Queued, not sent: the worker sends it; the status links to the event in the send history.
    await expect(page.getByTestId("send-test-status")).toContainText("Test queued for admin@herald.local");
    await expect(page.getByTestId("send-test-history-link")).toHaveAttribute(
      "href",
      /^\/history\?event=[0-9a-f-]{36}$/,
    );
    // The test goes through the dispatch pipeline: the worker sends it through the demo's built-in
    // mailbox transport (MAIL_TRANSPORT unset) within moments of the click.
    const sent = () =>
      e2eDb().mailboxMessage.findFirst({
        where: { to: "admin@herald.local", createdAt: { gte: since } },
        orderBy: { createdAt: "desc" },
      });
    await expect
      .poll(async () => (await sent())?.subject, { timeout: 15_000 })
      .toBe("[TEST] Certificate revoked: api.pix.meridional.example");
    expect((await sent())?.headers).toMatchObject({ "X-Herald-Test": "1" });
    const audit = await e2eDb().auditLog.findFirst({
      where: { action: "template.test-send", targetId: "certificates.revocation", createdAt: { gte: since } },
    });
    expect(audit?.actorLabel).toContain("admin@herald.local");
  });

  test("[templates] the preview API renders for staff, explains a bad payload, and refuses users", async ({
    adminPage,
    userPage,
  }) => {
    const url = "/api/internal/templates/preview";
    const ok = await adminPage.request.post(url, {
      data: {
        typeKey: "devices.connectivity-lost",
        locale: "pt-BR",
        payload: samplePayloads["devices.connectivity-lost"],
      },
    });
    expect(ok.status()).toBe(200);
    const email = (await ok.json()) as { subject: string; html: string; text: string };
    expect(email.subject).toBe("Perda de conectividade: 2 inacessíveis");
    expect(email.html).toContain('lang="pt-BR"');
    expect(email.text).toContain("fw-edge-sp-02");
    const sample = await adminPage.request.post(url, {
      data: {
        typeKey: "access-control.request-created",
        locale: "en",
        payload: { request: { id: "" }, approveUrl: "javascript:alert(1)" },
      },
    });
    expect(sample.status()).toBe(400);
    const body = (await sample.json()) as { error: { details: Record<string, string[]> } };
    expect(Object.keys(body.error.details)).toEqual(
      expect.arrayContaining(["payload.approveUrl", "payload.request.id"]),
    );
    const refused = await userPage.request.post(url, {
      data: { typeKey: "devices.connectivity-lost", locale: "en", payload: {} },
    });
    expect(refused.status()).toBe(403);
  });

  test("[templates] an auditor sees the preview but cannot edit texts or send tests", async ({
    auditorPage: page,
  }) => {
    await page.goto("/templates/certificates.expiration-alert-7d");
    await expect(page.getByTestId("preview-subject")).toHaveText("Certificate expiry in 7 days: 3 to renew");
    await expect(page.getByTestId("saved-texts")).toBeVisible();
    await expect(page.getByTestId("override-editor")).toHaveCount(0);
    await expect(page.getByTestId("send-test")).toHaveCount(0);
  });

  test("[templates] a user is refused the templates pages", async ({ userPage: page }) => {
    const response = await page.goto("/templates/certificates.created");
    expect(response?.status()).toBe(403);
  });
});
