import { randomUUID } from "node:crypto";
import { toDbScope } from "@/lib/api-keys/scopes";
import { generateApiKey } from "@/lib/api-keys/secret";
import { samplePayloads } from "@/lib/templates/payloads";
import { demoAdmin } from "@/prisma/seed/demo-data";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";
import { confirmWithKeyboard, expectFocusRing, tabTo } from "./keyboard";

// Blocking an address by hand on /suppressions with the keyboard alone (no click, no fill, no focus():
// Tab, Enter and typing), then proving that Herald no longer e-mails it.

const TYPE = "access-control.request-approved" as const;

async function insertEventsKey() {
  const db = e2eDb();
  const admin = await db.user.findUniqueOrThrow({ where: { email: demoAdmin.email }, select: { id: true } });
  const { key, prefix, hash } = generateApiKey();
  await db.apiKey.create({
    data: {
      name: `e2e suppressions ${prefix}`,
      prefix,
      hash,
      scopes: [toDbScope("events:write")],
      createdById: admin.id,
    },
  });
  return key;
}

test.describe("[keyboard]", () => {
  test("[keyboard] an admin suppresses an address by hand; an event to it ends suppressed, and lifting works", async ({
    adminPage: page,
    request,
  }) => {
    test.setTimeout(90_000);
    const email = `e2e-departed-${randomUUID().slice(0, 8)}@bank.example`;
    const note = "Contractor left on 30 November";

    await page.goto("/suppressions");
    const open = page.getByRole("button", { name: "Add address" }).first();
    await tabTo(page, open);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Add an address to the suppression list" });
    await expect(dialog).toBeVisible();
    // Typed as a person might: padded and in capitals; Herald stores it trimmed and lower-cased.
    await tabTo(page, dialog.getByLabel("E-mail address"));
    await page.keyboard.type(`  ${email.toUpperCase()}`);
    await tabTo(page, dialog.getByLabel("Note (optional)"));
    await page.keyboard.type(note);
    await tabTo(page, dialog.getByRole("button", { name: "Suppress address" }));
    await page.keyboard.press("Enter");
    await expect(dialog).toHaveCount(0);
    await expectFocusRing(open);
    await expect(page.getByTestId("announcer")).toHaveText(`${email} is now suppressed.`);

    const row = page.getByTestId("suppressions-table").getByRole("row").filter({ hasText: email });
    await expect(row).toContainText("Blocked by an administrator");
    await expect(row).toContainText(note);
    expect(await e2eDb().suppression.findUnique({ where: { email } })).toMatchObject({
      reason: "MANUAL",
      note,
    });
    expect(await e2eDb().auditLog.count({ where: { action: "suppression.add", targetId: email } })).toBe(1);

    // The same address again (as typed, in another case) is answered in the form, not added twice.
    await tabTo(page, open);
    await page.keyboard.press("Enter");
    await expect(dialog).toBeVisible();
    await tabTo(page, dialog.getByLabel("E-mail address"));
    await page.keyboard.type(email.toUpperCase());
    await page.keyboard.press("Enter");
    await expect(dialog.getByText("This address is already on the suppression list")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);

    // An event naming the address: its delivery is written SUPPRESSED and never leaves.
    const key = await insertEventsKey();
    const response = await request.post("/api/v1/events", {
      headers: { Authorization: `Bearer ${key}`, "Idempotency-Key": randomUUID() },
      data: { type: TYPE, payload: samplePayloads[TYPE], recipients: [{ email }], source: "e2e" },
    });
    expect(response.status(), await response.text()).toBe(202);
    const { eventId } = ((await response.json()) as { data: { eventId: string } }).data;
    await page.goto(`/history?event=${eventId}&recipient=${encodeURIComponent(email)}`);
    const history = page.getByTestId("history-row");
    await expect(history).toHaveCount(1);
    await expect(history).toHaveAttribute("data-status", "SUPPRESSED");
    expect(await e2eDb().mailboxMessage.count({ where: { to: email } })).toBe(0);

    // Lifting works on a manual entry as on any other.
    await page.goto(`/suppressions?q=${encodeURIComponent(email)}`);
    await confirmWithKeyboard(
      page,
      page.getByRole("button", { name: `Lift the suppression of ${email}` }),
      "Lift suppression",
    );
    await expect(page.getByText("No address matches")).toBeVisible();
    expect(await e2eDb().suppression.findUnique({ where: { email } })).toBeNull();
  });
});

test.describe("[suppressions]", () => {
  test("[suppressions] an auditor reads the list but cannot add or lift", async ({ auditorPage: page }) => {
    const email = `e2e-auditor-view-${randomUUID().slice(0, 8)}@bank.example`;
    await e2eDb().suppression.create({ data: { email, reason: "MANUAL", note: "legal hold" } });
    await page.goto(`/suppressions?q=${encodeURIComponent(email)}`);
    const row = page.getByTestId("suppressions-table").getByRole("row").filter({ hasText: email });
    await expect(row).toContainText("Blocked by an administrator");
    await expect(page.getByRole("button", { name: "Add address" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: `Lift the suppression of ${email}` })).toHaveCount(0);
  });
});
