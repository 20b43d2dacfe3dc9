import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { toDbScope } from "@/lib/api-keys/scopes";
import { generateApiKey } from "@/lib/api-keys/secret";
import { samplePayloads } from "@/lib/templates/payloads";
import { demoAdmin } from "@/prisma/seed/demo-data";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";

// A non-mandatory type (so its e-mails carry List-Unsubscribe) whose subject names the request id:
// each test makes its own id, and finds its own e-mails by its fresh recipients' addresses.
const TYPE = "access-control.request-approved" as const;

async function insertEventsKey() {
  const db = e2eDb();
  const admin = await db.user.findUniqueOrThrow({ where: { email: demoAdmin.email }, select: { id: true } });
  const { key, prefix, hash } = generateApiKey();
  await db.apiKey.create({
    data: {
      name: `e2e dispatch ${prefix}`,
      prefix,
      hash,
      scopes: [toDbScope("events:write")],
      createdById: admin.id,
    },
  });
  return key;
}

/** How many events of TYPE the database holds for one request id. */
function eventsFor(requestId: string) {
  return e2eDb().event.count({
    where: { typeKey: TYPE, payload: { path: ["request", "id"], equals: requestId } },
  });
}

/** Waits (polling the database, no sleeps) until the worker has sent the event to every address. */
async function waitUntilSent(eventId: string, emails: string[]) {
  await expect
    .poll(
      async () =>
        (
          await e2eDb().delivery.findMany({
            where: { eventId, email: { in: emails } },
            select: { status: true },
          })
        ).map((row) => row.status),
      { timeout: 30_000 },
    )
    .toEqual(emails.map(() => "SENT"));
}

/** The e-mail in /mailbox for one address: subject, body, text part and headers. */
async function expectInMailbox(page: Page, person: { email: string; name: string }, subject: string) {
  await page.goto(`/mailbox?q=${encodeURIComponent(person.email)}`);
  const rows = page.getByTestId("mailbox-row");
  await expect(rows).toHaveCount(1);
  await rows.getByRole("link", { name: subject }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(page.getByTestId("preview-subject")).toHaveText(subject);
  await expect(page.getByTestId("preview-frame")).toHaveAttribute("sandbox", "");
  const frame = page.frameLocator('[data-testid="preview-frame"]');
  await expect(frame.getByText(`Hello ${person.name},`)).toBeVisible();
  const headers = page.getByTestId("mailbox-headers");
  await expect(headers.locator('[data-header="To"] dd')).toHaveText(person.email);
  await expect(headers.locator('[data-header="Subject"] dd')).toHaveText(subject);
  await expect(headers.locator('[data-header="List-Unsubscribe"] dd')).toContainText("/unsubscribe/");
  await expect(headers.locator('[data-header="List-Unsubscribe-Post"] dd')).toHaveText(
    "List-Unsubscribe=One-Click",
  );
  await expect(headers.locator('[data-header="X-Herald-Delivery-Id"] dd')).toHaveText(/^[0-9a-f-]{36}$/);
  await page.getByRole("tab", { name: "Plain text" }).click();
  await expect(page.getByTestId("preview-text")).toContainText(`Hello ${person.name},`);
}

async function expectSentInHistory(page: Page, eventId: string, email: string) {
  await page.goto(`/history?event=${eventId}&recipient=${encodeURIComponent(email)}`);
  const row = page.getByTestId("history-row");
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute("data-status", "SENT");
  await expect(row.getByTestId("delivery-status")).toHaveText("Sent");

  // Its detail: the e-mail as sent, its headers, one accepted attempt; an admin may resend it.
  await row.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/history\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("delivery-headers").locator('[data-header="To"] dd')).toHaveText(email);
  await expect(
    page.getByTestId("delivery-headers").locator('[data-header="List-Unsubscribe"] dd'),
  ).toContainText("/unsubscribe/");
  await expect(page.getByTestId("delivery-timeline").locator('[data-kind="attempt"]')).toHaveCount(1);
  await expect(page.getByTestId("resend-delivery")).toBeVisible();
  await expect(page.getByTestId("retry-delivery")).toHaveCount(0);
}

test.describe("[dispatch]", () => {
  test("[dispatch] an admin dispatches an event from the UI and each recipient's e-mail shows in the mailbox and the history as sent", async ({
    adminPage: page,
    createUser,
  }) => {
    const people = [
      await createUser({ name: `Dispatch Reader ${randomUUID().slice(0, 6)}` }),
      await createUser({ name: `Dispatch Second ${randomUUID().slice(0, 6)}` }),
    ];
    const requestId = `REQ-UI-${randomUUID().slice(0, 8)}`;
    const subject = `Request ${requestId} approved by Carla Nogueira`;

    // From the catalog's type page to the dispatch form, prefilled with the type's sample.
    await page.goto(`/catalog/${TYPE}`);
    await page.getByTestId("dispatch-link").click();
    await expect(page).toHaveURL(new RegExp(`/dispatch\\?type=${TYPE.replace(".", "\\.")}$`));
    const requestField = page.locator("#payload-request-id");
    await expect(requestField).toHaveValue("REQ-48213");
    await expect(page.getByTestId("dispatch-payload-status")).toHaveAttribute("data-state", "valid");

    // Live validation: an empty id is refused at its field and Send is disabled, then fixed.
    await requestField.fill("");
    await expect(page.getByTestId("dispatch-payload-status")).toHaveAttribute("data-state", "invalid");
    await expect(page.getByTestId("dispatch-send")).toBeDisabled();
    await requestField.fill(requestId);
    await expect(page.getByTestId("dispatch-payload-status")).toHaveAttribute("data-state", "valid");
    // The preview is a recipient's copy, in their language: the subject names the new id either way.
    await expect(page.getByTestId("preview-subject")).toContainText(requestId);

    // Name the two people: they join the recipients, with the reason "named by the event".
    for (const person of people) {
      await page.getByLabel("Add an address").fill(person.email);
      await page.getByTestId("add-address").click();
      await expect(
        page.locator(`[data-testid="dispatch-recipient"][data-email="${person.email}"]`),
      ).toBeVisible();
    }

    // Send asks first, naming the type and how many get it; cancelling sends nothing.
    const send = page.getByTestId("dispatch-send");
    await send.click();
    const confirm = page.getByRole("alertdialog");
    await expect(confirm).toContainText(/Send “Request approved” to \d+ recipients\?/);
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(confirm).toHaveCount(0);
    await expect(send).toBeFocused();
    await expect(page.getByTestId("dispatch-result")).toHaveCount(0);
    expect(await eventsFor(requestId)).toBe(0);

    await send.click();
    await confirm.getByTestId("dispatch-confirm").click();
    await expect(page.getByTestId("dispatch-result")).toContainText("deliveries queued");
    expect(await eventsFor(requestId)).toBe(1);
    const href = await page.getByTestId("dispatch-event-link").getAttribute("href");
    const eventId = /\/events\/([0-9a-f-]{36})$/.exec(href ?? "")?.[1];
    expect(eventId).toBeTruthy();

    await waitUntilSent(
      eventId!,
      people.map((person) => person.email),
    );
    for (const person of people) {
      await expectInMailbox(page, person, subject);
      await expectSentInHistory(page, eventId!, person.email);
    }

    // The CSV export of the filtered history streams the same deliveries.
    const csv = await page.request.get(`/api/internal/history/export?event=${eventId}&status=SENT`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const lines = (await csv.text()).trim().split("\n");
    expect(lines[0]).toContain("createdAt,id,status,typeKey");
    for (const person of people) expect(lines.some((line) => line.includes(person.email))).toBe(true);

    // The event page lists them under Sent.
    await page.goto(`/events/${eventId}`);
    const sent = page.locator('[data-testid="event-status-group"][data-status="SENT"]');
    for (const person of people) await expect(sent.locator(`[data-email="${person.email}"]`)).toBeVisible();
  });

  test("[dispatch] the e-mail preview is the first recipient's copy, in their language, and says whose it is", async ({
    adminPage: page,
    createUser,
  }) => {
    await page.goto(`/dispatch?type=${TYPE}`);
    // Whoever the type's subscribers are, the preview names one of the listed recipients, greeting them.
    const shown = page.getByTestId("dispatch-preview-recipient");
    await expect(shown).toContainText(/^Preview as .+ \((en|pt-BR)\)/);
    const shownEmail = await shown.getAttribute("data-email");
    await expect(
      page.locator(`[data-testid="dispatch-recipient"][data-email="${shownEmail}"]`),
    ).toBeVisible();
    await expect(shown).not.toContainText(demoAdmin.name);

    // Named by the event, a Portuguese reader whose name sorts first becomes the one previewed.
    const reader = await createUser({
      name: `A Preview ${randomUUID().slice(0, 6)}`,
      locale: "pt-BR",
      timeZone: "America/Sao_Paulo",
    });
    await page.getByLabel("Add an address").fill(reader.email);
    await page.getByTestId("add-address").click();
    await expect(shown).toHaveAttribute("data-email", reader.email);
    await expect(shown).toContainText(`Preview as ${reader.name} (pt-BR)`);
    await expect(shown).toContainText("America/Sao_Paulo");
    const frame = page.frameLocator('[data-testid="preview-frame"]');
    await expect(frame.getByText(`Olá, ${reader.name},`)).toBeVisible();
    await expect(frame.getByText(`Hello ${demoAdmin.name},`)).toHaveCount(0);
    await expect(page.getByTestId("preview-subject")).toContainText("REQ-48213");
  });

  test("[dispatch] an event posted to the API with a key reaches the mailbox and the history as sent", async ({
    adminPage: page,
    createUser,
    request,
  }) => {
    const person = await createUser({ name: `Api Reader ${randomUUID().slice(0, 6)}` });
    const key = await insertEventsKey();
    const requestId = `REQ-API-${randomUUID().slice(0, 8)}`;
    const sample = samplePayloads[TYPE];
    const payload = { ...sample, request: { ...sample.request, id: requestId } };
    const response = await request.post("/api/v1/events", {
      headers: { Authorization: `Bearer ${key}`, "Idempotency-Key": randomUUID() },
      data: { type: TYPE, payload, recipients: [{ email: person.email }], source: "e2e" },
    });
    expect(response.status(), await response.text()).toBe(202);
    const body = (await response.json()) as { data: { eventId: string; deliveryCount: number } };
    expect(body.data.deliveryCount).toBeGreaterThan(0);

    await waitUntilSent(body.data.eventId, [person.email]);
    await expectInMailbox(page, person, `Request ${requestId} approved by Carla Nogueira`);
    await expectSentInHistory(page, body.data.eventId, person.email);
  });

  test("[dispatch] a USER cannot open the dispatch form or the history, nor call the dispatch action", async ({
    adminPage,
    userPage,
  }) => {
    for (const path of ["/dispatch", "/history", "/mailbox", "/dashboard"]) {
      const response = await userPage.goto(path);
      expect(response?.status(), path).toBe(403);
    }

    // Capture the dispatch action's request as an admin would send it (aborted: nothing is sent)…
    const marker = `REQ-FORBIDDEN-${randomUUID().slice(0, 8)}`;
    await adminPage.goto(`/dispatch?type=${TYPE}`);
    await adminPage.locator("#payload-request-id").fill(marker);
    await expect(adminPage.getByTestId("dispatch-payload-status")).toHaveAttribute("data-state", "valid");
    // The e-mail preview posts the payload too: let it answer first, so the capture is the dispatch.
    await expect(adminPage.getByTestId("preview-subject")).toContainText(marker);
    const captured = new Promise<{ url: string; headers: Record<string, string>; body: string }>(
      (resolve) => {
        void adminPage.route("**/dispatch**", async (route) => {
          const sent = route.request();
          if (sent.method() === "POST" && sent.postData()?.includes(marker)) {
            resolve({ url: sent.url(), headers: sent.headers(), body: sent.postData() ?? "" });
            await route.abort();
          } else await route.continue();
        });
      },
    );
    await adminPage.getByTestId("dispatch-send").click();
    await adminPage.getByTestId("dispatch-confirm").click();
    const action = await captured;

    // …and replay it with the USER's session: refused, and no event is written.
    const replay = await userPage.request.post(action.url, {
      headers: {
        "Next-Action": action.headers["next-action"]!,
        "Content-Type": action.headers["content-type"] ?? "text/plain;charset=UTF-8",
        Accept: "text/x-component",
      },
      data: action.body,
    });
    expect(replay.status()).toBe(403);
    expect(await replay.text()).not.toContain("eventId");
    expect(await eventsFor(marker)).toBe(0);
  });

  test("[dispatch] the auditor's dashboard charts the demo history, and an auditor cannot retry or resend", async ({
    auditorPage: page,
  }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    for (const card of ["stat-sent", "stat-failures", "stat-queue", "stat-oldest"])
      await expect(page.getByTestId(card)).toBeVisible();
    // The chart itself: an SVG drawn on the server, with a bar per day and status.
    const chart = page.getByTestId("sends-chart").getByRole("img", { name: "Sends per day" });
    await expect(chart).toBeVisible();
    await expect(chart.locator("rect")).not.toHaveCount(0);
    await expect(page.getByTestId("top-types").getByRole("listitem")).not.toHaveCount(0);

    // A failed demo delivery: the auditor reads it but is offered neither Retry nor Resend.
    await page.goto("/history?status=FAILED");
    await page.getByTestId("history-row").first().getByRole("link").first().click();
    await expect(page.getByTestId("delivery-timeline")).toBeVisible();
    await expect(page.getByTestId("retry-delivery")).toHaveCount(0);
    await expect(page.getByTestId("resend-delivery")).toHaveCount(0);
  });

  test("[dispatch] a user reads their own received e-mails and nobody else's", async ({ userPage: page }) => {
    await page.goto("/me/notifications/received");
    const rows = page.getByTestId("history-row");
    await expect(rows.first()).toBeVisible();
    await rows.first().getByRole("link").first().click();
    await expect(page.getByTestId("preview-frame")).toBeVisible();

    const someoneElses = await e2eDb().delivery.findFirstOrThrow({
      where: { status: "SENT", user: { email: { not: "beatriz.souza@herald.local" } } },
      select: { id: true },
    });
    // Read exactly like an unknown id: the not-found page, no e-mail. (The status is 200: the page
    // streams inside My notifications' loading boundary before the query answers.)
    await page.goto(`/me/notifications/received/${someoneElses.id}`);
    // (Beatriz reads Herald in Portuguese.)
    await expect(page.getByRole("heading", { level: 1, name: "Não encontrado" })).toBeVisible();
    await expect(page.getByTestId("preview-frame")).toHaveCount(0);
  });
});
