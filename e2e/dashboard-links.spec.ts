import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";

/** A card's figure as a number, whatever the locale's digit grouping ("2,138", "2.138"). */
async function cardFigure(page: Page, card: string): Promise<number> {
  return Number((await page.getByTestId(`${card}-value`).innerText()).replace(/\D/g, ""));
}

/** The rows the history lists for its filters, page after page through the Older links. */
async function listedRows(page: Page): Promise<number> {
  let rows = 0;
  for (;;) {
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    rows += await page.getByTestId("history-row").count();
    const older = page.getByTestId("page-older");
    if ((await older.count()) === 0) return rows;
    const before = page.url();
    await older.click();
    await expect(page).not.toHaveURL(before);
  }
}

/**
 * The rows the history lists, read through its own Export CSV link (the same filters, every page at
 * once): the sent card counts thousands of rows, dozens of pages. One record per line starting with
 * its createdAt and id (a quoted field may hold line breaks, never at the start of a record).
 */
async function exportedRows(page: Page): Promise<number> {
  const href = await page.getByTestId("history-export").getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  return (await response.text()).match(/^\d{4}-\d\d-\d\dT[^,]*,[0-9a-f-]{36},/gm)?.length ?? 0;
}

const cards = [
  {
    card: "stat-sent",
    url: /status=SENT&status=DELIVERED&status=DELAYED&from=[\d-]+&to=[\d-]+$/,
    count: exportedRows,
  },
  {
    card: "stat-failures",
    url: /status=BOUNCED&status=COMPLAINED&status=FAILED&from=[\d-]+&to=[\d-]+$/,
    count: listedRows,
  },
  { card: "stat-queue", url: /\?status=QUEUED&status=SENDING&due=now$/, count: listedRows },
];

/**
 * Opens each card's link and counts the rows listed. Other specs send e-mails meanwhile, so a figure
 * and its list may be read either side of a change: the pair is read again until they agree (a wait,
 * not a bound), and a link that lists other rows never does.
 */
async function expectLinksMatchFigures(page: Page) {
  for (const { card, url, count } of cards) {
    await expect(async () => {
      await page.goto("/dashboard");
      const figure = await cardFigure(page, card);
      await page.getByTestId(card).getByRole("link").click();
      await expect(page).toHaveURL(url);
      expect(await count(page)).toBe(figure);
    }).toPass({ timeout: 50_000 });
  }
}

test.describe("[dashboard]", () => {
  test.setTimeout(180_000);

  test("[dashboard] each card's link opens the history listing exactly the rows the card counts", async ({
    auditorPage: page,
  }) => {
    await expectLinksMatchFigures(page);
    // The landed form shows the card's statuses as checked boxes in the Status group.
    const statuses = page.getByRole("group", { name: "Status" });
    await expect(statuses.getByRole("checkbox", { name: "Queued", exact: true })).toBeChecked();
    await expect(statuses.getByRole("checkbox", { name: "Sent", exact: true })).not.toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Due now only" })).toBeChecked();
  });

  test("[dashboard] in Portuguese and São Paulo's days the links still list what the cards count, and the export is audited", async ({
    signedInUser,
  }) => {
    const { user, page } = await signedInUser({
      role: "AUDITOR",
      locale: "pt-BR",
      timeZone: "America/Sao_Paulo",
    });
    await expectLinksMatchFigures(page);

    // The exports above (the sent card's count) are in the audit log, with the filters applied.
    await page.goto("/audit?action=history.export");
    const row = page.getByTestId("audit-row").filter({ hasText: user.email }).first();
    await expect(row).toContainText("history.export");
    await row.getByRole("button", { name: /^Detalhes/ }).click();
    const details = page.getByRole("dialog");
    await expect(details.getByRole("row").filter({ hasText: "filters.status" })).toContainText("DELIVERED");
    await expect(details.getByRole("row").filter({ hasText: "rows" })).toContainText("streamed");
  });
});

test.describe("[history]", () => {
  test("[history] an event id pasted with spaces is applied, and one that is not an id is said, not dropped", async ({
    adminPage: page,
  }) => {
    const { eventId } = await e2eDb().delivery.findFirstOrThrow({
      select: { eventId: true },
      orderBy: { createdAt: "desc" },
    });
    const listed = Math.min(50, await e2eDb().delivery.count({ where: { eventId } }));
    const field = page.getByLabel("Event id", { exact: true });

    await page.goto("/history");
    await field.fill(`  ${eventId}\t`);
    await page.getByRole("button", { name: "Apply", exact: true }).click();
    await expect(page).toHaveURL(/event=/);
    await expect(field).toHaveValue(eventId);
    await expect(page.getByTestId("history-row")).toHaveCount(listed);

    await field.fill(eventId.slice(0, 30));
    await page.getByRole("button", { name: "Apply", exact: true }).click();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(/This is not an event id/);
    await expect(field).toHaveValue(eventId.slice(0, 30));
  });

  test("[history] the export refuses an unreadable filter with a 400 instead of exporting everything", async ({
    adminPage: page,
  }) => {
    for (const query of ["status=BOGUS", "from=2026-13-45", "status=FAILED&status=BOGUS", "event=12345"]) {
      const response = await page.request.get(`/api/internal/history/export?${query}`);
      expect(response.status(), query).toBe(400);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect((await response.json()) as unknown).toMatchObject({ error: { code: "BAD_REQUEST" } });
    }
  });
});
