import { randomUUID } from "node:crypto";
import { createGroup } from "@/prisma/seed/factories";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";
import { unsubscribeToken } from "./unsubscribe-token";
import { arrowTo, expectFocusRing, focusWithin, retype, tabTo } from "./keyboard";

// The e2e suite's main flows (subscriptions, template preview, dispatch, history, mailbox) with the
// keyboard alone: no click, no fill, no focus() — Tab, Shift+Tab, Enter, Space, arrows and Escape.

const TYPE = "devices.connectivity-lost"; // "Lost of connectivity", not mandatory
const TYPE_NAME = "Lost of connectivity";

test.describe("[keyboard]", () => {
  test("[keyboard] an admin subscribes a group in the matrix and its member mutes a type under My notifications", async ({
    adminPage,
    browser,
    createUser,
    signInAs,
  }) => {
    const member = await createUser({ locale: "en" });
    const group = await createGroup(e2eDb(), `E2E Keyboard ${randomUUID().slice(0, 8)}`, [member.id]);

    await adminPage.goto(`/groups/${group.id}/subscriptions`);
    const all = adminPage
      .getByTestId("matrix-category-devices")
      .getByRole("switch", { name: "Subscribe to all of Devices" });
    await tabTo(adminPage, all);
    const saved = adminPage.waitForResponse(
      (r) =>
        r.url().includes(`/api/internal/subscriptions/group/${group.id}`) && r.request().method() === "PUT",
    );
    await adminPage.keyboard.press("Space");
    expect((await saved).status()).toBe(200);
    await expect(all).toBeChecked();
    await expect(adminPage.getByTestId("save-status")).toContainText("Saved");

    // The member, signed in as anyone would be, turns one of those types off with Space.
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, member.email, member.password);
    await page.goto("/me/notifications");
    const receive = page.getByTestId(`my-type-${TYPE}`).getByRole("switch", { name: `Receive ${TYPE_NAME}` });
    await expect(receive).toBeChecked();
    await tabTo(page, receive);
    const patched = page.waitForResponse(
      (r) => r.url().endsWith("/api/internal/subscriptions/me") && r.request().method() === "PATCH",
    );
    await page.keyboard.press("Space");
    expect((await patched).status()).toBe(200);
    // The muted row stays in the "Receiving" view until the filter changes: the focus stays on it.
    await expect(receive).not.toBeChecked();
    await expectFocusRing(receive);
    await context.close();
  });

  test("[keyboard] turning a group's whole category off asks first: Escape keeps it, the confirm button turns it off, the focus back on the switch", async ({
    adminPage: page,
    createUser,
  }) => {
    const member = await createUser({ locale: "en" });
    const group = await createGroup(e2eDb(), `E2E Keyboard Off ${randomUUID().slice(0, 8)}`, [member.id]);
    await e2eDb().subscription.create({ data: { groupId: group.id, categoryKey: "devices" } });

    await page.goto(`/groups/${group.id}/subscriptions`);
    const all = page
      .getByTestId("matrix-category-devices")
      .getByRole("switch", { name: "Subscribe to all of Devices" });
    await expect(all).toBeChecked();
    await tabTo(page, all);
    await page.keyboard.press("Space");
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toContainText(`The 1 member of ${group.name} will stop getting`);
    await expect.poll(() => focusWithin(dialog)).toBe(true);
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(all).toBeChecked();
    await expectFocusRing(all);

    await page.keyboard.press("Space");
    await tabTo(page, dialog.getByTestId("category-off-confirm"));
    const saved = page.waitForResponse(
      (r) =>
        r.url().includes(`/api/internal/subscriptions/group/${group.id}`) && r.request().method() === "PUT",
    );
    await page.keyboard.press("Enter");
    expect((await saved).status()).toBe(200);
    await expect(dialog).toHaveCount(0);
    await expect(all).not.toBeChecked();
    await expectFocusRing(all);
  });

  test("[keyboard] a reader unsubscribes from a link, then finds the type muted in the Everything view of My notifications", async ({
    browser,
    createUser,
    signInAs,
  }) => {
    const user = await createUser({ locale: "en" });
    await e2eDb().subscription.create({ data: { userId: user.id, typeKey: TYPE } });
    const context = await browser.newContext(); // no session: the link works without one
    const page = await context.newPage();
    await page.goto(`/unsubscribe/${unsubscribeToken({ kind: "user", id: user.id }, TYPE)}`);
    await expect(page.getByTestId("unsubscribe-ready")).toContainText(TYPE_NAME);
    await tabTo(page, page.getByTestId("unsubscribe-confirm"));
    await page.keyboard.press("Enter");
    // The outcome replaces the button: it takes the focus.
    await expect(page.getByTestId("unsubscribe-done")).toBeFocused();

    await signInAs(page, user.email, user.password);
    await page.goto("/me/notifications");
    const everything = page.getByRole("button", { name: "Everything" });
    await tabTo(page, everything);
    await page.keyboard.press("Enter");
    const row = page.getByTestId(`my-type-${TYPE}`);
    await expect(row.getByRole("switch", { name: `Receive ${TYPE_NAME}` })).not.toBeChecked();
    await expect(row).toContainText("Muted by you.");
    await expect(everything).toBeFocused();
    await context.close();
  });

  test("[keyboard] an admin finds a template, opens its preview and switches its language", async ({
    adminPage: page,
  }) => {
    await page.goto("/templates");
    await tabTo(page, page.getByRole("searchbox", { name: "Filter types" }));
    await page.keyboard.type("cpu usage");
    await expect(page.getByTestId("template-row")).toHaveCount(2);
    await tabTo(page, page.getByRole("link", { name: "CPU Usage - Critical", exact: true }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/templates\/monitoring\.cpu-critical$/);
    const subject = page.getByTestId("preview-subject");
    await expect(subject).toHaveText("CPU critical on pam-node-01: 96.4%");

    // The language switch is a radio group: Tab reaches the checked one, an arrow picks the next; the
    // visually hidden radio's label shows the focus.
    const languages = page.getByTestId("locale-switch");
    const english = languages.getByRole("radio", { name: "English" });
    await tabTo(page, english, {
      ring: languages.locator("label").filter({ has: page.getByRole("radio", { name: "English" }) }),
    });
    await page.keyboard.press("ArrowRight");
    await expect(languages.getByRole("radio", { name: "Português (Brasil)" })).toBeChecked();
    await expect(subject).toHaveText("CPU crítica em pam-node-01: 96,4%");
    await expect(page.frameLocator('[data-testid="preview-frame"]').locator("html")).toHaveAttribute(
      "lang",
      "pt-BR",
    );
  });

  test("[keyboard] an admin dispatches an event, lands on its page, finds the delivery in the history, resends it through the confirm dialog and reads it in the mailbox", async ({
    adminPage: page,
    createUser,
  }) => {
    test.setTimeout(120_000);
    const person = await createUser({ name: `Keyboard Reader ${randomUUID().slice(0, 6)}` });
    const requestId = `REQ-KEY-${randomUUID().slice(0, 8)}`;
    const subject = `Request ${requestId} approved by Carla Nogueira`;

    // /dispatch: the type from the native select by typing its name, then Continue.
    await page.goto("/dispatch");
    const type = page.getByLabel("Notification type", { exact: true });
    await tabTo(page, type);
    await page.keyboard.type("Request approved");
    await expect(type).toHaveValue("access-control.request-approved");
    await tabTo(page, page.getByRole("button", { name: "Continue" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/dispatch\?type=access-control\.request-approved$/);

    // The payload's request id, typed over; one address added with Enter; Send.
    await tabTo(page, page.locator("#payload-request-id"));
    await retype(page, requestId);
    // The preview is the first recipient's copy, in their language: the id shows either way.
    await expect(page.getByTestId("preview-subject")).toContainText(requestId);
    await tabTo(page, page.getByLabel("Add an address"));
    await page.keyboard.type(person.email);
    await page.keyboard.press("Enter");
    await expect(
      page.locator(`[data-testid="dispatch-recipient"][data-email="${person.email}"]`),
    ).toBeVisible();
    // Send opens the confirmation: Escape cancels (nothing sent, the focus back on Send); Enter on
    // its confirm button sends, and the focus returns to Send.
    const send = page.getByTestId("dispatch-send");
    await tabTo(page, send);
    await page.keyboard.press("Enter");
    const confirmSend = page.getByRole("alertdialog");
    await expect(confirmSend).toContainText(/Send “Request approved” to \d+ recipients\?/);
    await page.keyboard.press("Escape");
    await expect(confirmSend).toHaveCount(0);
    await expectFocusRing(send);
    await expect(page.getByTestId("dispatch-result")).toHaveCount(0);
    await page.keyboard.press("Enter");
    await tabTo(page, confirmSend.getByTestId("dispatch-confirm"));
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("dispatch-result")).toContainText("deliveries queued");
    await expect(send).toBeFocused();
    const eventLink = page.getByTestId("dispatch-event-link");
    await tabTo(page, eventLink);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/events\/[0-9a-f-]{36}$/);
    const eventId = page.url().split("/").pop()!;

    // Wait for the worker (the database, no sleeps) before looking for the e-mail.
    await expect
      .poll(
        async () =>
          (
            await e2eDb().delivery.findFirst({
              where: { eventId, email: person.email },
              select: { status: true },
            })
          )?.status,
        { timeout: 30_000 },
      )
      .toBe("SENT");

    // The history, filtered by the recipient with Enter in the filter form; the delivery opened.
    await page.goto("/history");
    await tabTo(page, page.getByLabel("Recipient e-mail"));
    await page.keyboard.type(person.email);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/recipient=/);
    const row = page.getByTestId("history-row");
    await expect(row).toHaveCount(1);
    await tabTo(page, row.getByRole("link"));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/history\/[0-9a-f-]{36}$/);
    const original = page.url();

    // Resend: Escape cancels with the focus back on the button; Enter on the confirm button resends and
    // moves to the new delivery.
    const resend = page.getByTestId("resend-delivery");
    await tabTo(page, resend);
    await page.keyboard.press("Enter");
    const confirm = page.getByRole("alertdialog");
    await expect(confirm).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(confirm).toHaveCount(0);
    await expectFocusRing(resend);
    await page.keyboard.press("Enter");
    await tabTo(page, confirm.getByTestId("confirm-resend"));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/history\/[0-9a-f-]{36}$/);
    await expect(page).not.toHaveURL(original);

    // The mailbox: search by the address, open the message, switch to its plain text with the arrows.
    await page.goto("/mailbox");
    await tabTo(page, page.getByLabel("Recipient or subject"));
    await page.keyboard.type(person.email);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/q=/);
    await tabTo(page, page.getByRole("link", { name: subject }).first());
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
    const html = page.getByRole("tab", { selected: true });
    await tabTo(page, html);
    await arrowTo(page, page.getByRole("tab", { name: "Plain text" }), "ArrowRight");
    await expect(page.getByTestId("preview-text")).toContainText(`Hello ${person.name},`);
  });
});
