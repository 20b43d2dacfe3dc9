// The demo history keeps the rules the product demonstrates: what a security administrator reads on a
// fresh install must be what Herald itself would have done.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DeliveryStatus } from "@/generated/prisma/enums";
import { findType } from "@/lib/catalog/definitions";
import { nextDigestAt, RETRY_BASE_MS, RETRY_CAP_MS, RETRY_MIN_MS } from "@/lib/dispatch/timing";
import { createIsolatedDatabase, type IsolatedDatabase } from "@/tests/fakes/isolated-database";
import { REPORT_TYPES } from "./history-plan";
import { seed } from "./index";

let isolated: IsolatedDatabase;
beforeAll(async () => {
  isolated = await createIsolatedDatabase("herald_demo");
  await expect(seed(isolated.url, () => {}, { demo: true })).resolves.toEqual({ seeded: true });
}, 180_000);
afterAll(async () => {
  await isolated?.drop();
});

describe("the demo history", () => {
  it("holds a few thousand deliveries in every status, and a second seed adds nothing", async () => {
    const { db } = isolated;
    const byStatus = await db.delivery.groupBy({ by: ["status"], _count: true });
    expect(byStatus.map((row) => row.status).sort()).toEqual(Object.values(DeliveryStatus).sort());
    const total = await db.delivery.count();
    expect(total).toBeGreaterThan(2000);
    expect(total).toBeLessThan(5000);

    const counts = async () => [
      await db.delivery.count(),
      await db.suppression.count(),
      await db.event.count(),
    ];
    const before = await counts();
    await expect(seed(isolated.url, () => {}, { demo: true })).resolves.toEqual({ seeded: false });
    expect(await counts()).toEqual(before);
  });

  it("suppresses every hard-bounced or complaining address when the webhook lands, and sends it nothing after", async () => {
    const { db } = isolated;
    const events = await db.providerEvent.findMany({
      where: { type: { in: ["email.bounced", "email.complained"] } },
      select: { type: true, payload: true, receivedAt: true, delivery: { select: { email: true } } },
    });
    const suppressing = events.filter(
      (event) =>
        event.type === "email.complained" ||
        (event.payload as { data: { bounce?: { type?: string } } }).data.bounce?.type === "Permanent",
    );
    expect(suppressing.length).toBeGreaterThan(0);
    const suppressions = await db.suppression.findMany();
    expect(suppressions).toHaveLength(suppressing.length);
    for (const event of suppressing) {
      expect(suppressions).toContainEqual(
        expect.objectContaining({
          email: event.delivery!.email,
          reason: event.type === "email.complained" ? "COMPLAINT" : "HARD_BOUNCE",
          createdAt: event.receivedAt,
        }),
      );
    }
    expect(suppressions.map((row) => row.reason).sort()).toEqual(
      expect.arrayContaining(["COMPLAINT", "HARD_BOUNCE"]),
    );

    for (const suppression of suppressions) {
      const sentAfter = await db.delivery.count({
        where: { email: suppression.email, sentAt: { gt: suppression.createdAt } },
      });
      expect(sentAfter, suppression.email).toBe(0);
      const later = await db.delivery.groupBy({
        by: ["status"],
        where: { email: suppression.email, createdAt: { gt: suppression.createdAt } },
        _count: true,
      });
      expect(later.map((row) => row.status)).toEqual(["SUPPRESSED"]);
    }
    // A SUPPRESSED delivery goes to a suppressed address, never anywhere else.
    const stray = await db.delivery.count({
      where: { status: "SUPPRESSED", email: { notIn: suppressions.map((row) => row.email) } },
    });
    expect(stray).toBe(0);
  });

  it("fails only on relays, with errors the relay returns, spaced by the worker's back-off", async () => {
    const { db } = isolated;
    const failures = await db.deliveryAttempt.findMany({
      where: { outcome: { not: "SENT" } },
      select: { transport: true, statusCode: true, error: true },
    });
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) {
      expect(failure.transport).not.toBe("MAILBOX");
      expect(failure.error).toMatch(failure.transport === "RESEND" ? /^Resend: / : /^SMTP: /);
      expect(failure.statusCode).not.toBe(422);
    }
    expect(await db.deliveryAttempt.count({ where: { transport: "MAILBOX" } })).toBeGreaterThan(0);

    const retries = await db.deliveryAttempt.findMany({
      where: { outcome: "RETRY" },
      select: { deliveryId: true, number: true, startedAt: true, durationMs: true, retryAt: true },
    });
    const next = await db.deliveryAttempt.findMany({
      where: { deliveryId: { in: [...new Set(retries.map((retry) => retry.deliveryId))] } },
      select: { deliveryId: true, number: true, startedAt: true },
    });
    const waits = new Set<number>();
    for (const retry of retries) {
      const wait = retry.retryAt!.getTime() - (retry.startedAt.getTime() + retry.durationMs);
      waits.add(wait);
      expect(wait).toBeGreaterThanOrEqual(RETRY_MIN_MS);
      expect(wait).toBeLessThan(Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (retry.number - 1)));
      const following = next.find(
        (row) => row.deliveryId === retry.deliveryId && row.number === retry.number + 1,
      );
      expect(following!.startedAt.getTime()).toBeGreaterThanOrEqual(retry.retryAt!.getTime());
    }
    // Jitter: the waits are not one fixed interval.
    expect(waits.size).toBeGreaterThan(retries.length / 2);
  });

  it("runs each daily report once a day at the reports job's hour, every day", async () => {
    const reports = await isolated.db.event.findMany({
      where: { typeKey: { in: [...REPORT_TYPES] } },
      select: { typeKey: true, createdAt: true, dedupKey: true, origin: true },
      orderBy: { createdAt: "asc" },
    });
    const types = new Set(reports.map((report) => report.typeKey));
    expect(types.size).toBeGreaterThan(0);
    for (const type of types) {
      const runs = reports.filter((report) => report.typeKey === type);
      expect(runs, type).toHaveLength(30);
      runs.forEach((run, index) => {
        expect(run.createdAt.getUTCHours()).toBe(6);
        expect(run.createdAt.getUTCMinutes()).toBe(0);
        expect(run.origin).toBe("SYSTEM");
        const covered = new Date(run.createdAt.getTime() - 86_400_000).toISOString().slice(0, 10);
        expect(run.dedupKey).toBe(`report:${covered}`);
        if (index > 0) expect(run.createdAt.getUTCDate()).not.toBe(runs[index - 1]!.createdAt.getUTCDate());
      });
    }
  });

  it("holds queued digest items until their recipient's digest hour", async () => {
    const queued = await isolated.db.delivery.findMany({
      where: { status: "QUEUED", mode: "DIGEST" },
      select: {
        createdAt: true,
        availableAt: true,
        timeZone: true,
        user: { select: { digestHour: true } },
        contact: { select: { digestHour: true } },
      },
    });
    expect(queued.length).toBeGreaterThan(0);
    for (const item of queued) {
      const hour = (item.user ?? item.contact)!.digestHour;
      expect(item.availableAt).toEqual(nextDigestAt(item.createdAt, item.timeZone, hour));
    }
  });

  it("sends the Mailbox e-mails of optional types with the one-click unsubscribe headers", async () => {
    const messages = await isolated.db.mailboxMessage.findMany({ select: { headers: true } });
    expect(messages.length).toBeGreaterThan(0);
    const deliveries = await isolated.db.delivery.findMany({
      where: {
        id: {
          in: messages.map((message) => (message.headers as Record<string, string>)["X-Herald-Delivery-Id"]!),
        },
      },
      select: { id: true, typeKey: true, recipientKind: true, transport: true },
    });
    let optional = 0;
    for (const message of messages) {
      const headers = message.headers as Record<string, string>;
      const delivery = deliveries.find((row) => row.id === headers["X-Herald-Delivery-Id"])!;
      expect(delivery.transport).toBe("MAILBOX");
      if (findType(delivery.typeKey)!.mandatory || delivery.recipientKind === "ADDRESS") {
        expect(headers["List-Unsubscribe"]).toBeUndefined();
        continue;
      }
      optional++;
      expect(headers["List-Unsubscribe"]).toMatch(/^<http.+\/unsubscribe\/.+\/one-click>$/);
      expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    }
    expect(optional).toBeGreaterThan(0);
  });
});
