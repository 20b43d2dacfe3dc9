import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { MAX_ATTEMPTS } from "@/lib/dispatch/timing";
import { testActor } from "@/tests/db";
import { getDeliveryDetail } from "@/lib/history/details";
import { retryDelivery } from "@/lib/history/retry";
import { createUser } from "@/prisma/seed/factories";
import { startFakeResend, type FakeResend } from "@/tests/fakes/fake-resend";
import { startWorker, type DeliveryWorker } from "./worker";
import {
  addresses,
  enqueueTo,
  eventually,
  isolatedDatabase,
  senderFor,
  type IsolatedDatabase,
} from "./testing";

let database: IsolatedDatabase;
let resend: FakeResend;
let worker: DeliveryWorker | undefined;

beforeAll(async () => {
  [database, resend] = await Promise.all([isolatedDatabase(), startFakeResend()]);
});

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  resend.reset();
});

afterAll(async () => {
  await resend?.close();
  await database?.drop();
});

/** The back-off the worker draws after a failed try in the new series: long enough to look at the row. */
const SERIES_BACKOFF_MS = 10 * 60_000;

describe("an administrator's retry of a FAILED delivery", () => {
  it("starts a new series: a transient failure after it is retried with a back-off, and the timeline keeps every attempt", async () => {
    const admin = await createUser(database.db, { role: "ADMIN" });
    // The try numbers the worker computes its back-off for; before the retry it retries at once.
    const backoffFor: number[] = [];
    let retried = false;
    worker = startWorker({
      db: database.db,
      databaseUrl: database.url,
      // The primary never enters its cool-down here: every failure reaches the delivery.
      sender: await senderFor(database.db, resend, { failoverAfter: 100 }),
      from: "Herald <herald@example.test>",
      pollMs: 100,
      retryDelay: (attempt) => {
        backoffFor.push(attempt);
        return retried ? SERIES_BACKOFF_MS : 1;
      },
    });

    resend.failNext(MAX_ATTEMPTS, 503);
    const { eventId } = await enqueueTo(database.db, addresses(1));
    const failed = await eventually(async () => {
      const row = await database.db.delivery.findFirstOrThrow({ where: { eventId } });
      expect(row.status).toBe("FAILED");
      return row;
    });
    expect(failed.attemptCount).toBe(MAX_ATTEMPTS);

    // One more transient failure (a relay's 421 in SMTP terms; a 503 from the provider here).
    resend.failNext(1, 503);
    retried = true;
    await retryDelivery(database.db, admin, testActor(admin.id), failed.id);

    // The attempts first, then the row: read after them, the row is at least as new as the last attempt.
    const requeued = await eventually(async () => {
      const attempts = await database.db.deliveryAttempt.findMany({
        where: { deliveryId: failed.id },
        orderBy: { number: "asc" },
      });
      expect(attempts).toHaveLength(MAX_ATTEMPTS + 1);
      return { ...(await database.db.delivery.findUniqueOrThrow({ where: { id: failed.id } })), attempts };
    });
    const last = requeued.attempts.at(-1)!;
    expect(requeued.status).toBe("QUEUED");
    expect(last).toMatchObject({ number: MAX_ATTEMPTS + 1, outcome: "RETRY", statusCode: 503 });
    // Due after the back-off of a series' first failure, not at once.
    expect(backoffFor.at(-1)).toBe(1);
    expect(last.retryAt).toEqual(requeued.availableAt);
    expect(requeued.availableAt.getTime() - last.startedAt.getTime()).toBeGreaterThanOrEqual(
      SERIES_BACKOFF_MS,
    );
    expect(requeued).toMatchObject({ attemptCount: MAX_ATTEMPTS + 1, attemptsBeforeRetry: MAX_ATTEMPTS });

    // The history's timeline: every attempt, numbered on, with the administrator's retry between series.
    const detail = await getDeliveryDetail(admin, failed.id, database.db);
    const timeline = detail!.timeline.map((entry) =>
      entry.kind === "attempt" ? [entry.number, entry.outcome] : [entry.kind],
    );
    expect(timeline).toEqual([
      ["created"],
      ...Array.from({ length: MAX_ATTEMPTS - 1 }, (_, index) => [index + 1, "RETRY"]),
      [MAX_ATTEMPTS, "FAILED"],
      ["retried"],
      [MAX_ATTEMPTS + 1, "RETRY"],
    ]);
    expect(
      await database.db.auditLog.count({ where: { action: "delivery.retry", targetId: failed.id } }),
    ).toBe(1);
  });
});
