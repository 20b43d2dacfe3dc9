import { randomUUID } from "node:crypto";
import { toDbScope } from "@/lib/api-keys/scopes";
import { generateApiKey } from "@/lib/api-keys/secret";
import { quietHoursEnd } from "@/lib/dispatch/timing";
import { samplePayloads } from "@/lib/templates/payloads";
import { demoAdmin } from "@/prisma/seed/demo-data";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";
import { tabTo } from "./keyboard";

// Quiet hours: a person sets them on My notifications (keyboard only), and the engine then holds their
// non-critical e-mails until the window ends while a critical one goes out at once.

const HELD_TYPE = "access-control.request-approved" as const;
const CRITICAL_TYPE = "certificates.expiration-alert-1d" as const;

async function insertEventsKey() {
  const db = e2eDb();
  const admin = await db.user.findUniqueOrThrow({ where: { email: demoAdmin.email }, select: { id: true } });
  const { key, prefix, hash } = generateApiKey();
  await db.apiKey.create({
    data: {
      name: `e2e quiet hours ${prefix}`,
      prefix,
      hash,
      scopes: [toDbScope("events:write")],
      createdById: admin.id,
    },
  });
  return key;
}

/** A quarter-hour window in UTC that started about an hour ago and lasts four hours: it covers now. */
function windowCoveringNow(now: Date) {
  const minute = now.getUTCHours() * 60 + now.getUTCMinutes();
  const start = (Math.floor(minute / 15) * 15 - 60 + 1440) % 1440;
  return { start, end: (start + 240) % 1440 };
}

test.describe("[quiet hours]", () => {
  test("[keyboard] a person sets quiet hours across midnight on My notifications and sees them after a reload", async ({
    signedInUser,
  }) => {
    const { user, page } = await signedInUser({ locale: "en", timeZone: "America/Sao_Paulo" });
    await page.goto("/me/notifications");
    const on = page.getByRole("checkbox", { name: "Hold non-critical notifications during quiet hours" });
    const form = page.locator("form").filter({ has: on });
    const from = form.getByLabel("From", { exact: true });
    const until = form.getByLabel("Until", { exact: true });
    await expect(form.getByText("Times in America/Sao_Paulo.")).toBeVisible();
    await expect(from).toBeDisabled();

    // The quiet hours card is the page's last form: backwards from the top is the short way there.
    await tabTo(page, on, { backwards: true });
    await page.keyboard.press("Space");
    await expect(on).toBeChecked();
    await tabTo(page, from);
    await page.keyboard.type("23:00");
    await expect(from).toHaveValue("1380");
    await tabTo(page, until);
    await page.keyboard.type("06:30");
    await expect(until).toHaveValue("390");
    await tabTo(page, form.getByRole("button", { name: "Save" }));
    await page.keyboard.press("Enter");
    await expect(form.getByText("Quiet hours saved.")).toBeVisible();

    await page.reload();
    await expect(on).toBeChecked();
    await expect(from).toHaveValue("1380");
    await expect(until).toHaveValue("390");
    const row = await e2eDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ quietStart: 1380, quietEnd: 390 });
  });

  test("[quiet hours] a non-critical e-mail is queued until the recipient's quiet hours end, a critical one reaches the mailbox at once", async ({
    adminPage,
    signedInUser,
    request,
  }) => {
    const { user, page } = await signedInUser({
      name: `Quiet Sleeper ${randomUUID().slice(0, 6)}`,
      locale: "en",
      timeZone: "UTC",
    });
    const quiet = windowCoveringNow(new Date());
    await page.goto("/me/notifications");
    const on = page.getByRole("checkbox", { name: "Hold non-critical notifications during quiet hours" });
    const form = page.locator("form").filter({ has: on });
    await on.check();
    await form.getByLabel("From", { exact: true }).selectOption(String(quiet.start));
    await form.getByLabel("Until", { exact: true }).selectOption(String(quiet.end));
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form.getByText("Quiet hours saved.")).toBeVisible();

    const key = await insertEventsKey();
    const post = async (type: string, payload: unknown) => {
      const response = await request.post("/api/v1/events", {
        headers: { Authorization: `Bearer ${key}`, "Idempotency-Key": randomUUID() },
        data: { type, payload, recipients: [{ userId: user.id }], source: "e2e" },
      });
      expect(response.status(), await response.text()).toBe(202);
      return ((await response.json()) as { data: { eventId: string } }).data.eventId;
    };
    const heldEvent = await post(HELD_TYPE, samplePayloads[HELD_TYPE]);
    const dispatchedAt = new Date();
    const criticalEvent = await post(CRITICAL_TYPE, samplePayloads[CRITICAL_TYPE]);
    const windowEnd = quietHoursEnd(dispatchedAt, "UTC", quiet.start, quiet.end);
    expect(windowEnd).not.toBeNull();

    // The critical one is sent by the worker and lands in the mailbox, the only e-mail there for them.
    await expect
      .poll(
        async () =>
          (await e2eDb().delivery.findFirst({ where: { eventId: criticalEvent }, select: { status: true } }))
            ?.status,
        { timeout: 30_000 },
      )
      .toBe("SENT");
    const held = await e2eDb().delivery.findFirstOrThrow({
      where: { eventId: heldEvent, email: user.email },
      select: { status: true, availableAt: true },
    });
    expect(held).toEqual({ status: "QUEUED", availableAt: windowEnd });
    await adminPage.goto(`/mailbox?q=${encodeURIComponent(user.email)}`);
    await expect(adminPage.getByTestId("mailbox-row")).toHaveCount(1);

    // The history shows the held one queued, due at the window's end (in the reader's zone and language).
    await adminPage.goto(`/history?event=${heldEvent}&recipient=${encodeURIComponent(user.email)}`);
    const row = adminPage.getByTestId("history-row");
    await expect(row).toHaveAttribute("data-status", "QUEUED");
    await row.getByRole("link").first().click();
    const admin = await e2eDb().user.findUniqueOrThrow({
      where: { email: demoAdmin.email },
      select: { locale: true, timeZone: true },
    });
    const dueAt = new Intl.DateTimeFormat(admin.locale === "pt_BR" ? "pt-BR" : "en", {
      dateStyle: "medium",
      timeStyle: "medium",
      timeZone: admin.timeZone,
    }).format(windowEnd!);
    const fact = adminPage.locator("dl div").filter({ has: adminPage.getByText("Due at", { exact: true }) });
    await expect(fact.locator("dd")).toHaveText(dueAt);
  });
});
