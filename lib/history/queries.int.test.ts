import { describe, expect, it } from "vitest";
import { createUser } from "@/prisma/seed/factories";
import { testActor, testDb } from "@/tests/db";
import { decodeHistoryCursor } from "./cursor";
import { exportDeliveries } from "./export";
import { parseHistorySearchParams, type HistoryFilters } from "./filters";
import { getDeliveryDetail, getEventDetail, getReceivedEmail, listDeliveries, listReceived } from "./queries";
import { resendDelivery } from "./resend";
import { retryDelivery } from "./retry";
import { createTestEvent, insertDeliveries } from "./test-helpers";
import { prepareNotification, personalise } from "@/lib/templates/render";
import { samplePayloads } from "@/lib/templates/payloads";

const db = testDb();
const admin = { id: "00000000-0000-4000-8000-000000000001", role: "ADMIN" as const, timeZone: "UTC" };
const auditor = { ...admin, role: "AUDITOR" as const };

/** `count` instants going back from `start` in steps of two minutes, three at each (ties). */
function instants(count: number, start = Date.UTC(2026, 10, 20, 12)) {
  return Array.from({ length: count }, (_, index) => new Date(start - Math.floor(index / 3) * 120_000));
}

describe("send history", () => {
  it("pages every delivery of a filter once, newest first, through older then newer cursors", async () => {
    const event = await createTestEvent(db);
    const ids = await insertDeliveries(
      db,
      event,
      instants(123).map((createdAt) => ({ createdAt })),
    );
    const expected = [...ids]
      .map((id, index) => ({ id, at: instants(123)[index]!.getTime() }))
      .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))
      .map((row) => row.id);

    const filters = { event: event.id };
    const seen: string[] = [];
    const pages = [];
    let page = await listDeliveries(admin, { filters }, db);
    expect(page.newer).toBeNull();
    for (;;) {
      pages.push(page);
      seen.push(...page.rows.map((row) => row.id));
      if (!page.older) break;
      page = await listDeliveries(admin, { filters, cursor: decodeHistoryCursor(page.older) }, db);
    }
    expect(pages.map((p) => p.rows.length)).toEqual([50, 50, 23]);
    expect(seen).toEqual(expected);

    // Back from the last page: the middle page again, then the first.
    const back = await listDeliveries(admin, { filters, cursor: decodeHistoryCursor(pages[2]!.newer!) }, db);
    expect(back.rows.map((row) => row.id)).toEqual(expected.slice(50, 100));
    const first = await listDeliveries(admin, { filters, cursor: decodeHistoryCursor(back.newer!) }, db);
    expect(first.rows.map((row) => row.id)).toEqual(expected.slice(0, 50));
    expect(first.newer).toBeNull();

    // The CSV export reads the same rows in the same order, in chunks.
    const exported: string[] = [];
    for await (const record of exportDeliveries(admin, filters, db, 7)) exported.push(record.id);
    expect(exported).toEqual(expected);
  });

  it("filters by status, recipient, type, category, day range and event", async () => {
    const event = await createTestEvent(db, "certificates.expiration-alert-30d");
    const other = await createTestEvent(db);
    const [failed, sent, queued] = await insertDeliveries(db, event, [
      { createdAt: new Date("2026-11-10T23:30:00Z"), status: "FAILED", email: "Pick.Me@Example.test" },
      { createdAt: new Date("2026-11-11T02:30:00Z"), status: "SENT" },
      { createdAt: new Date("2026-11-12T10:00:00Z"), status: "QUEUED" },
    ]);
    await insertDeliveries(db, other, [{ createdAt: new Date("2026-11-11T02:30:00Z"), status: "FAILED" }]);
    // Read as the page reads its URL.
    const ids = async (params: Record<string, string>, timeZone = "UTC") =>
      (
        await listDeliveries(
          { ...admin, timeZone },
          { filters: parseHistorySearchParams(params).filters },
          db,
        )
      ).rows.map((row) => row.id);

    expect(await ids({ event: event.id, status: "FAILED" })).toEqual([failed]);
    expect(await ids({ event: event.id, recipient: "pick.me@example.test" })).toEqual([failed]);
    expect(await ids({ event: event.id, type: "certificates.expiration-alert-30d" })).toEqual([
      queued,
      sent,
      failed,
    ]);
    expect(await ids({ event: event.id, type: "monitoring.cpu-critical" })).toEqual([]);
    expect(await ids({ event: event.id, category: "certificates" })).toHaveLength(3);
    expect(await ids({ event: event.id, from: "2026-11-11", to: "2026-11-11" })).toEqual([sent]);
    // The same days read in São Paulo (UTC−3): 23:30Z on the 10th is the 10th there, 02:30Z on the 11th too.
    expect(await ids({ event: event.id, from: "2026-11-10", to: "2026-11-10" }, "America/Sao_Paulo")).toEqual(
      [sent, failed],
    );
  });

  it("filters by several statuses at once, and due=now leaves out only what is queued for later", async () => {
    const now = new Date();
    const minutes = (count: number) => new Date(now.getTime() + count * 60_000);
    const event = await createTestEvent(db);
    // insertDeliveries makes a delivery available at its creation: the last QUEUED one is due in an hour.
    const [failed, bounced, complained, sent, due, sending, later] = await insertDeliveries(db, event, [
      { createdAt: minutes(-7), status: "FAILED" },
      { createdAt: minutes(-6), status: "BOUNCED" },
      { createdAt: minutes(-5), status: "COMPLAINED" },
      { createdAt: minutes(-4), status: "SENT" },
      { createdAt: minutes(-3), status: "QUEUED" },
      { createdAt: minutes(-2), status: "SENDING" },
      { createdAt: minutes(60), status: "QUEUED" },
    ]);
    const ids = async (filters: HistoryFilters) =>
      (await listDeliveries(admin, { filters: { event: event.id, ...filters } }, db)).rows.map(
        (row) => row.id,
      );

    expect(await ids({ status: ["FAILED", "BOUNCED", "COMPLAINED"] })).toEqual([complained, bounced, failed]);
    expect(await ids({ status: ["QUEUED", "SENDING"] })).toEqual([later, sending, due]);
    expect(await ids({ status: ["QUEUED", "SENDING"], due: "now" })).toEqual([sending, due]);
    // Alone, due=now hides the later QUEUED delivery and nothing else.
    expect(await ids({ due: "now" })).toEqual([sending, due, sent, complained, bounced, failed]);
    const exported: string[] = [];
    for await (const record of exportDeliveries(
      admin,
      { event: event.id, status: ["QUEUED"], due: "now" },
      db,
    ))
      exported.push(record.id);
    expect(exported).toEqual([due]);
  });

  it("lets a USER read only their own received e-mails, and never the staff history", async () => {
    const me = await createUser(db);
    const someoneElse = await createUser(db);
    const event = await createTestEvent(db);
    const [mine, theirs, myQueued] = await insertDeliveries(db, event, [
      { createdAt: new Date("2026-11-15T10:00:00Z"), userId: me.id, email: me.email },
      { createdAt: new Date("2026-11-15T10:01:00Z"), userId: someoneElse.id, email: someoneElse.email },
      { createdAt: new Date("2026-11-15T10:02:00Z"), userId: me.id, email: me.email, status: "QUEUED" },
    ]);
    const viewer = { id: me.id, role: "USER" as const, timeZone: "UTC" };

    const received = await listReceived(viewer, {}, db);
    expect(received.rows.map((row) => row.id)).toEqual([mine]);
    expect(await getReceivedEmail(viewer, mine!, db)).toMatchObject({ id: mine });
    expect(await getReceivedEmail(viewer, theirs!, db)).toBeNull();
    expect(await getReceivedEmail(viewer, myQueued!, db)).toBeNull();

    await expect(listDeliveries(viewer, { filters: {} }, db)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getDeliveryDetail(viewer, mine!, db)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getEventDetail(viewer, event.id, db)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const records = exportDeliveries(viewer, {}, db);
    await expect(records.next()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows a delivery's e-mail exactly as personalised from the shared render, and its event by status", async () => {
    const event = await createTestEvent(db);
    const prepared = await prepareNotification({
      typeKey: "monitoring.cpu-critical",
      payload: samplePayloads["monitoring.cpu-critical"],
      locale: "en",
      timeZone: "UTC",
      links: { preferencesUrl: "http://localhost:3000/me/notifications" },
    });
    const render = await db.renderedMessage.create({
      data: {
        kind: "EVENT",
        eventId: event.id,
        locale: "en",
        timeZone: "UTC",
        content: JSON.parse(JSON.stringify(prepared)),
      },
    });
    const personal = {
      name: "Zoë <Ops>",
      reason: "You are on call",
      unsubscribeUrl: "http://localhost:3000/unsubscribe/x",
    };
    const [id] = await insertDeliveries(db, event, [
      { createdAt: new Date(), status: "SENT", renderId: render.id, personal },
      { createdAt: new Date(), status: "FAILED" },
      { createdAt: new Date(), status: "FAILED" },
    ]);

    const detail = await getDeliveryDetail(auditor, id!, db);
    const expected = personalise(prepared, personal);
    expect(detail?.email).toMatchObject({
      subject: expected.subject,
      html: expected.html,
      text: expected.text,
    });
    expect(detail?.email?.html).toContain("Zoë &lt;Ops&gt;");
    expect(detail?.event.id).toBe(event.id);
    // monitoring.cpu-critical is mandatory: no List-Unsubscribe header even with a URL.
    expect(detail?.headers.map(([name]) => name)).not.toContain("List-Unsubscribe");
    expect(detail?.headers).toContainEqual(["X-Herald-Delivery-Id", id]);

    const eventDetail = await getEventDetail(auditor, event.id, db);
    expect(eventDetail?.groups.map((group) => [group.status, group.count, group.deliveries.length])).toEqual([
      ["FAILED", 2, 2],
      ["SENT", 1, 1],
    ]);
    expect(await getDeliveryDetail(auditor, "019ad3b2-7c1e-7a10-8f00-0123456789ab", db)).toBeNull();
  });
});

describe("retry and resend", () => {
  it("puts a FAILED delivery back in the queue with its attempts counted and a new series begun, audited; anything else is refused", async () => {
    const event = await createTestEvent(db);
    const [failed, sent] = await insertDeliveries(db, event, [
      { createdAt: new Date(), status: "FAILED", attemptCount: 5 },
      { createdAt: new Date(), status: "SENT" },
    ]);
    const actor = testActor(null);

    await expect(retryDelivery(db, auditor, actor, failed!)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.delivery.findUnique({ where: { id: failed }, select: { status: true } })).toEqual({
      status: "FAILED",
    });

    await retryDelivery(db, admin, actor, failed!);
    const row = await db.delivery.findUniqueOrThrow({ where: { id: failed } });
    expect(row).toMatchObject({ status: "QUEUED", attemptCount: 5, attemptsBeforeRetry: 5 });
    expect(row.availableAt.getTime()).toBeLessThanOrEqual(Date.now());
    const audit = await db.auditLog.findMany({ where: { action: "delivery.retry", targetId: failed } });
    expect(audit).toHaveLength(1);

    await expect(retryDelivery(db, admin, actor, failed!)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(retryDelivery(db, admin, actor, sent!)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      retryDelivery(db, admin, actor, "019ad3b2-7c1e-7a10-8f00-0123456789ab"),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("resends a sent delivery as a new queued delivery with a fresh idempotency key, audited", async () => {
    const event = await createTestEvent(db);
    const [sent, failed] = await insertDeliveries(db, event, [
      { createdAt: new Date(), status: "DELIVERED", email: "again@example.test" },
      { createdAt: new Date(), status: "FAILED" },
    ]);
    const actor = testActor(null);

    await expect(resendDelivery(db, auditor, actor, sent!)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(resendDelivery(db, admin, actor, failed!)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.delivery.count({ where: { eventId: event.id } })).toBe(2);

    const { id } = await resendDelivery(db, admin, actor, sent!);
    const [original, copy] = await Promise.all([
      db.delivery.findUniqueOrThrow({ where: { id: sent } }),
      db.delivery.findUniqueOrThrow({ where: { id } }),
    ]);
    expect(original.status).toBe("DELIVERED");
    expect(copy).toMatchObject({
      eventId: event.id,
      email: "again@example.test",
      status: "QUEUED",
      attemptCount: 0,
      idempotencyKey: `herald-${id}`,
    });
    expect(copy.idempotencyKey).not.toBe(original.idempotencyKey);
    expect(copy.messageId).not.toBe(original.messageId);
    const audit = await db.auditLog.findFirst({ where: { action: "delivery.resend", targetId: sent } });
    expect(audit?.after).toMatchObject({ resentAs: id });
  });
});
