import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDb } from "@/tests/db";
import { DASHBOARD_DAYS, getDashboardFigures, lastDays } from "./dashboard";
import { getMailboxMessage, listMailbox } from "./mailbox";
import { createTestEvent, insertDeliveries } from "./test-helpers";

const db = testDb();
const auditor = { role: "AUDITOR" as const, timeZone: "UTC" };
const user = { role: "USER" as const, timeZone: "UTC" };

describe("dashboard figures", () => {
  it("counts today's deliveries by status, failures and the queue, for staff only", async () => {
    const now = new Date();
    const before = await getDashboardFigures(auditor, now, db);
    const event = await createTestEvent(db);
    await insertDeliveries(db, event, [
      { createdAt: new Date(now.getTime() - 1000), status: "SENT" },
      { createdAt: new Date(now.getTime() - 1000), status: "FAILED" },
      { createdAt: new Date(now.getTime() - 1000), status: "BOUNCED" },
    ]);
    const after = await getDashboardFigures(auditor, now, db);

    expect(after.days).toHaveLength(DASHBOARD_DAYS);
    expect(after.days.at(-1)!.day).toBe(now.toISOString().slice(0, 10));
    const today = (figures: typeof after) => figures.days.at(-1)!;
    // Other tests write deliveries too: at least ours were added.
    expect(today(after).total - today(before).total).toBeGreaterThanOrEqual(3);
    expect((today(after).counts.FAILED ?? 0) - (today(before).counts.FAILED ?? 0)).toBeGreaterThanOrEqual(1);
    expect(after.totals.failures - before.totals.failures).toBeGreaterThanOrEqual(2);
    expect(after.recentFailures.length).toBeGreaterThan(0);

    await expect(getDashboardFigures(user, now, db)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lists the last days in the viewer's zone, oldest first", () => {
    const now = new Date("2026-12-02T01:30:00Z");
    expect(lastDays(now, "UTC", 3)).toEqual(["2026-11-30", "2026-12-01", "2026-12-02"]);
    // Still the 1st in São Paulo (UTC−3).
    expect(lastDays(now, "America/Sao_Paulo", 2)).toEqual(["2026-11-30", "2026-12-01"]);
  });
});

describe("mailbox", () => {
  it("finds stored messages by recipient or subject and shows every header, for staff only", async () => {
    const to = `mailbox-${randomUUID().slice(0, 8)}@example.test`;
    const subject = `Subject ${randomUUID()}`;
    const row = await db.mailboxMessage.create({
      data: {
        to,
        from: "Herald <herald@localhost>",
        subject,
        html: "<p>hi</p>",
        text: "hi",
        headers: { "X-Herald-Delivery-Id": "d-1" },
      },
    });

    expect(
      (await listMailbox(auditor, { q: to.toUpperCase() }, db)).rows.map((message) => message.id),
    ).toEqual([row.id]);
    expect(
      (await listMailbox(auditor, { q: subject.slice(8) }, db)).rows.map((message) => message.id),
    ).toEqual([row.id]);
    expect(await getMailboxMessage(auditor, row.id, db)).toMatchObject({
      subject,
      html: "<p>hi</p>",
      headers: [["X-Herald-Delivery-Id", "d-1"]],
    });
    await expect(listMailbox(user, {}, db)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getMailboxMessage(user, row.id, db)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
