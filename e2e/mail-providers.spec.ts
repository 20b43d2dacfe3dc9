import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { demoAdmin } from "@/prisma/seed/demo-data";
import { resendEventBody, signedHeaders } from "@/tests/fakes/resend-webhook";
import { createSentDelivery } from "@/tests/fakes/sent-delivery";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";

test.describe("[mail]", () => {
  test("[mail] an admin saves the failover settings and sends a test e-mail through the mailbox", async ({
    adminPage: page,
  }) => {
    const db = e2eDb();
    const sentBefore = await db.mailboxMessage.count({ where: { to: demoAdmin.email } });
    await page.goto("/settings/mail");
    await expect(page.getByRole("heading", { level: 1, name: "Mail settings" })).toBeVisible();
    // Secrets never reach the page; unconfigured transports say what to set.
    await expect(page.getByTestId("transport-SMTP")).toContainText("Set SMTP_URL");

    // An out-of-range threshold is refused with a field error; a valid change is saved.
    await page.getByLabel("Fail over after").fill("0");
    await page.getByTestId("mail-settings-save").click();
    await expect(page.getByText("Choose between 1 and 100 failures")).toBeVisible();
    await page.getByLabel("Fail over after").fill("4");
    await page.getByTestId("mail-settings-save").click();
    await expect(page.getByTestId("form-message")).toHaveText(/Mail settings saved/);
    await expect
      .poll(async () => (await db.mailSettings.findUnique({ where: { id: 1 } }))?.failoverAfter)
      .toBe(4);

    await page.getByTestId("transport-test-MAILBOX").click();
    await expect(page.getByText(`Sent to ${demoAdmin.email}`)).toBeVisible();
    expect(await db.mailboxMessage.count({ where: { to: demoAdmin.email } })).toBe(sentBefore + 1);
    const audit = await db.auditLog.findFirst({
      where: { action: "mail-transport.test-send", targetId: "MAILBOX" },
      orderBy: { id: "desc" },
    });
    expect(audit?.after).toMatchObject({ to: demoAdmin.email, ok: true });
  });

  test("[mail] an auditor sees the mail settings read-only", async ({ auditorPage: page }) => {
    await page.goto("/settings/mail");
    await expect(page.getByText("only administrators can change them")).toBeVisible();
    await expect(page.getByLabel("Primary transport")).toBeDisabled();
    await expect(page.getByTestId("mail-settings-save")).toHaveCount(0);
    await expect(page.getByTestId("transport-test-MAILBOX")).toHaveCount(0);
  });

  test("[mail] the mail settings and suppression pages have no automatically detectable WCAG violations", async ({
    adminPage: page,
  }) => {
    for (const path of ["/settings/mail", "/suppressions"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
      expect(result.violations.map((violation) => `${path}: ${violation.id}`)).toEqual([]);
    }
  });

  test("[mail] a user cannot open the mail settings or the suppression list", async ({ userPage: page }) => {
    for (const path of ["/settings/mail", "/suppressions"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
    }
  });
});

test.describe("[webhooks]", () => {
  test("[webhooks] a signed Resend webhook marks a delivery delivered; a forged one is refused", async ({
    request,
  }) => {
    const db = e2eDb();
    const delivery = await createSentDelivery(db);
    const body = resendEventBody({
      type: "email.delivered",
      emailId: delivery.providerMessageId!,
      to: delivery.email,
    });

    const forged = await request.post("/api/webhooks/resend", {
      data: body,
      headers: signedHeaders(body, { secret: "whsec_Zm9yZ2VkLXNlY3JldC1mb3JnZWQtc2VjcmV0IQ==" }),
    });
    expect(forged.status()).toBe(401);
    expect(await forged.json()).toMatchObject({ error: { code: "UNAUTHORIZED" } });
    expect((await db.delivery.findUniqueOrThrow({ where: { id: delivery.id } })).status).toBe("SENT");

    const signed = await request.post("/api/webhooks/resend", { data: body, headers: signedHeaders(body) });
    expect(signed.status()).toBe(200);
    expect((await db.delivery.findUniqueOrThrow({ where: { id: delivery.id } })).status).toBe("DELIVERED");
  });

  test("[suppressions] a hard bounce suppresses the address and an admin lifts it", async ({
    adminPage: page,
    request,
  }) => {
    const email = `bounce-${randomUUID().slice(0, 8)}@bank.example`;
    const delivery = await createSentDelivery(e2eDb(), { email });
    const body = resendEventBody({
      type: "email.bounced",
      emailId: delivery.providerMessageId!,
      to: email,
      bounce: { type: "Permanent", subType: "General", message: "550 5.1.1 mailbox does not exist" },
    });
    expect(
      (await request.post("/api/webhooks/resend", { data: body, headers: signedHeaders(body) })).status(),
    ).toBe(200);

    await page.goto(`/suppressions?q=${encodeURIComponent(email)}`);
    const row = page.getByTestId("suppressions-table").getByRole("row").filter({ hasText: email });
    await expect(row).toContainText("Hard bounce");
    await expect(row).toContainText("mailbox does not exist");
    await row.getByRole("button", { name: `Lift the suppression of ${email}` }).click();
    await page.getByTestId("lift-suppression-confirm").click();
    await expect(page.getByText("No address matches")).toBeVisible();
    expect(await e2eDb().suppression.findUnique({ where: { email } })).toBeNull();
  });
});
