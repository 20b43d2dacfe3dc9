import { randomUUID } from "node:crypto";
import { demoAdmin } from "@/prisma/seed/demo-data";
import { expect, test } from "./fixtures";
import { e2eDb, seedAuditRows } from "./helpers";
import {
  arrowTo,
  confirmWithKeyboard,
  expectDialogEscapes,
  expectFocusRing,
  retype,
  tabTo,
} from "./keyboard";

// The admin areas the other keyboard specs leave out (contacts, the audit log, the catalog's filters,
// mail settings and suppressions) with the keyboard alone: no click, no fill, no focus() — Tab,
// Shift+Tab, Enter, Space, arrows, Escape and typing into whatever the keyboard focused.

test.describe("[keyboard]", () => {
  test("[keyboard] an admin creates a contact, edits it, disables it, finds it with the list's filters and subscribes it in bulk", async ({
    adminPage: page,
  }) => {
    test.setTimeout(120_000);
    const suffix = randomUUID().slice(0, 8);
    const name = `Keyboard Contact ${suffix}`;
    const email = `e2e-keyboard-contact-${suffix}@example.test`;

    await page.goto("/contacts");
    await tabTo(page, page.getByRole("link", { name: "New contact" }).first());
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "New contact" })).toBeVisible();
    const form = page.getByTestId("contact-form");
    await tabTo(page, form.getByLabel("Name"));
    await page.keyboard.type(name);
    await tabTo(page, form.getByLabel("E-mail"));
    await page.keyboard.type(email);
    const language = form.getByLabel("Language");
    await tabTo(page, language);
    // ASCII only: Playwright inserts a character like "ê" as text, which a select does not take.
    await page.keyboard.type("Portug");
    await expect(language).toHaveValue("pt-BR");
    await tabTo(page, form.getByRole("button", { name: "Create contact" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}\?created=1$/);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("Contact created. Now choose what they receive.")).toBeVisible();

    // Edit: the name typed over, Enter in the field submits; the saved message is announced.
    await tabTo(page, form.getByLabel("Name"), { backwards: true });
    await retype(page, `${name} edited`);
    await page.keyboard.press("Enter");
    await expect(form.getByText("Contact saved.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: `${name} edited` })).toBeVisible();

    // Disable, after confirming: the trigger becomes "Re-enable".
    await confirmWithKeyboard(page, page.getByRole("button", { name: "Disable", exact: true }), "Disable");
    await expect(page.getByText("This contact is disabled and receives nothing.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Re-enable", exact: true })).toBeVisible();
    expect((await e2eDb().contact.findFirstOrThrow({ where: { email } })).disabledAt).not.toBeNull();

    // The list: the search field (Enter searches at once), the status select by typing its label.
    await page.goto("/contacts");
    await tabTo(page, page.getByLabel("Search contacts"));
    await page.keyboard.type(email);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/contacts\?q=/);
    const status = page.getByLabel("Status", { exact: true });
    await tabTo(page, status);
    await page.keyboard.type("Disabled");
    await expect(page).toHaveURL(/status=disabled/);
    const rows = page.getByTestId("contacts-table").locator("tbody tr");
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText(`${name} edited`);

    // Space selects the row; the bulk dialog subscribes it to the first category as a whole.
    const select = page.getByRole("checkbox", { name: `Select ${name} edited` });
    await tabTo(page, select);
    await page.keyboard.press("Space");
    await expect(select).toBeChecked();
    await expect(page.getByText("1 selected")).toBeVisible();
    const bulk = page.getByRole("button", { name: "Subscribe selected…" });
    const dialog = page.getByRole("dialog");
    await tabTo(page, bulk, { backwards: true });
    await expectDialogEscapes(page, bulk, dialog);
    await page.keyboard.press("Enter");
    await tabTo(page, dialog.getByRole("button", { name: "Apply" }));
    await page.keyboard.press("Enter");
    await expect(dialog.getByRole("status")).toContainText("Done: 1 recipient");
    await tabTo(page, dialog.getByRole("button", { name: "Close" }).last());
    await page.keyboard.press("Enter");
    await expect(dialog).toHaveCount(0);
    await expectFocusRing(bulk);
    const contact = await e2eDb().contact.findFirstOrThrow({ where: { email }, select: { id: true } });
    expect(await e2eDb().subscription.count({ where: { contactId: contact.id } })).toBeGreaterThan(0);

    // Clear filters goes away with the filters: the focus moves on to the search field.
    await tabTo(page, page.getByRole("button", { name: "Clear filters" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/contacts$/);
    await expectFocusRing(page.getByLabel("Search contacts"));
    await expect(page.getByLabel("Search contacts")).toHaveValue("");
  });

  test("[keyboard] an auditor filters the audit log, pages older and newer, and opens an entry's details", async ({
    auditorPage: page,
  }) => {
    test.setTimeout(120_000);
    const prefix = `e2e-keyboard-${randomUUID().slice(0, 8)}`;
    const start = Date.UTC(2026, 0, 16, 9, 0, 0);
    await seedAuditRows(prefix, start, { diff: true });

    await page.goto("/audit");
    await tabTo(page, page.getByLabel("Action starts with"));
    await page.keyboard.type(prefix);
    const targetType = page.getByLabel("Target type");
    await tabTo(page, targetType);
    await page.keyboard.type("e2e");
    await expect(targetType).toHaveValue("e2e");
    await tabTo(page, page.getByRole("button", { name: "Apply filters" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`action=${prefix}.*targetType=e2e`));

    const rows = page.getByTestId("audit-row");
    await expect(rows).toHaveCount(50);
    await expect(rows.first()).toContainText("row-52");
    const pages = page.getByRole("navigation", { name: "Audit log pages" });
    await tabTo(page, pages.getByRole("link", { name: "Older" }), { backwards: true });
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/cursor=/);
    await expect(rows).toHaveCount(3);
    await expect(rows.last()).toContainText("row-00");

    // The oldest entry's details: Enter opens the dialog (fetched), Escape closes it onto its button.
    const details = rows.last().getByRole("button", { name: /^Details/ });
    const dialog = page.getByRole("dialog");
    await expectDialogEscapes(page, details, dialog);
    await page.keyboard.press("Enter");
    await expect(dialog).toContainText(`${prefix}.row`);
    await expect(dialog.getByRole("row").filter({ hasText: "note" })).toContainText("after");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expectFocusRing(details);

    await tabTo(page, pages.getByRole("link", { name: "Newer" }));
    await page.keyboard.press("Enter");
    await expect(rows).toHaveCount(50);
    await expect(rows.first()).toContainText("row-52");

    // Clear filters: back to the whole log, the fields emptied and the focus on the first of them.
    await tabTo(page, page.getByRole("link", { name: "Clear filters" }), { backwards: true });
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/audit$/);
    await expect(page.getByLabel("Action starts with")).toHaveValue("");
    await expect(targetType).toHaveValue("");
    await expectFocusRing(page.getByLabel("Actor"));
  });

  test("[keyboard] an admin searches the catalog, filters it by severity, opt-out and category, clears the filters and opens a type", async ({
    adminPage: page,
  }) => {
    test.setTimeout(120_000);
    await page.goto("/catalog");
    const rows = page.getByTestId("catalog-type-row");
    const count = page.getByTestId("catalog-result-count");
    const search = page.getByRole("searchbox", { name: "Search" });
    await tabTo(page, search);
    await page.keyboard.type("expiration");
    await expect(page).toHaveURL(/\/catalog\?q=expiration$/);
    await expect(count).toHaveText("7 notification types match “expiration”");
    await expect(search).toBeFocused();
    await retype(page, "");
    await page.keyboard.press("Backspace");
    await expect(page).toHaveURL(/\/catalog$/);
    await expect(rows).toHaveCount(101);

    // Severity is a radio group: Tab reaches the checked one ("Any"), arrows pick; the badge shows the
    // focus for its visually hidden radio.
    const severity = page.getByRole("group", { name: "Severity" });
    const any = severity.getByRole("radio", { name: "Any" });
    await tabTo(page, any, { ring: severity.getByText("Any", { exact: true }) });
    const critical = severity.getByRole("radio", { name: "Critical" });
    await arrowTo(page, critical, "ArrowRight");
    await expect(critical).toBeChecked();
    await expect(page).toHaveURL(/severity=critical/);
    await expect(rows.locator('[data-severity]:not([data-severity="critical"])')).toHaveCount(0);
    const criticalCount = await rows.count();
    await expect(rows.locator('[data-severity="critical"]')).toHaveCount(criticalCount);

    const optOut = page.getByLabel("Opt-out", { exact: true });
    await tabTo(page, optOut);
    await page.keyboard.type("Mandatory");
    await expect(page).toHaveURL(/severity=critical&mandatory=true/);
    await expect.poll(() => rows.count()).toBeLessThan(criticalCount);
    await expect(rows.getByTestId("mandatory-lock")).toHaveCount(await rows.count());

    // Clear filters leaves the page without its link: the focus must not be lost on the way.
    await tabTo(page, page.getByRole("link", { name: "Clear filters" }).first());
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/catalog$/);
    await expect(rows).toHaveCount(101);
    await expect(optOut).toHaveValue("");
    await expectFocusRing(search);

    // A category from the rail, then a type of it.
    const categories = page.getByRole("navigation", { name: "Categories" });
    await tabTo(page, categories.getByRole("link", { name: /^Workstation/ }), { backwards: true });
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/catalog\?category=workstation$/);
    await expect(count).toHaveText("27 notification types");
    await tabTo(page, page.getByRole("link", { name: "senhasegura.go version installed", exact: true }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/catalog\/workstation\.version-installed$/);
    await expect(page.getByTestId("type-key")).toHaveText("workstation.version-installed");
  });

  test("[keyboard] an admin corrects a refused failover threshold, saves the mail settings and sends a test e-mail", async ({
    adminPage: page,
  }) => {
    const db = e2eDb();
    const sentBefore = await db.mailboxMessage.count({ where: { to: demoAdmin.email } });
    await page.goto("/settings/mail");
    const primary = page.getByLabel("Primary transport");
    await tabTo(page, primary);
    await expect(primary).toHaveValue("MAILBOX");

    // Enter in a field submits; the refused field says why and keeps the focus's place in the form.
    const failover = page.getByLabel("Fail over after");
    await tabTo(page, failover);
    await retype(page, "0");
    await page.keyboard.press("Enter");
    await expect(page.getByText("Choose between 1 and 100 failures")).toBeVisible();
    await expect(failover).toHaveAttribute("aria-invalid", "true");
    await expect(failover).toBeFocused();
    await retype(page, "4");
    const save = page.getByTestId("mail-settings-save");
    await tabTo(page, save);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("form-message")).toHaveText(/Mail settings saved/);
    await expect(save).toBeFocused();
    await expect
      .poll(async () => (await db.mailSettings.findUnique({ where: { id: 1 } }))?.failoverAfter)
      .toBe(4);

    const test = page.getByTestId("transport-test-MAILBOX");
    await tabTo(page, test);
    await page.keyboard.press("Enter");
    await expect(page.getByText(`Sent to ${demoAdmin.email}`)).toBeVisible();
    await expect(test).toBeFocused();
    await expect
      .poll(() => db.mailboxMessage.count({ where: { to: demoAdmin.email } }))
      .toBeGreaterThan(sentBefore);
  });

  test("[keyboard] an admin finds two suppressed addresses and lifts their suppressions", async ({
    adminPage: page,
  }) => {
    const search = `e2e-keyboard-bounce-${randomUUID().slice(0, 8)}`;
    // Suppressed at the same moment, so listed by address: a, then b.
    const [first, second] = [`${search}-a@bank.example`, `${search}-b@bank.example`];
    const createdAt = new Date();
    await e2eDb().suppression.createMany({
      data: [first, second].map((email) => ({
        email,
        reason: "HARD_BOUNCE" as const,
        note: "550 5.1.1 no mailbox",
        createdAt,
      })),
    });

    await page.goto("/suppressions");
    await tabTo(page, page.getByLabel("Search addresses"));
    await page.keyboard.type(search);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/q=/);
    const rows = page.getByTestId("suppressions-table").getByRole("row");
    await expect(rows.filter({ hasText: first })).toContainText("Hard bounce");
    const lift = (email: string) => page.getByRole("button", { name: `Lift the suppression of ${email}` });

    // Lifting takes the row away: the focus goes to the next row's button, then to the empty list.
    await confirmWithKeyboard(page, lift(first), "Lift suppression");
    await expect(rows.filter({ hasText: first })).toHaveCount(0);
    await expectFocusRing(lift(second));
    await confirmWithKeyboard(page, lift(second), "Lift suppression");
    await expectFocusRing(
      page.locator('[data-slot="empty-state"]').filter({ hasText: "No address matches" }),
    );
    expect(await e2eDb().suppression.count({ where: { email: { in: [first, second] } } })).toBe(0);
  });
});
