// A provider batch interrupted mid-send is re-sent by whichever instance reclaims it. That repeat must
// be the same request under the same key, From included, even when the reclaiming instance runs with
// another MAIL_FROM: otherwise Resend answers 409 and the deliveries fail.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { MailSender } from "@/lib/mail/sender";
import { startFakeResend, type FakeResend } from "@/tests/fakes/fake-resend";
import { claimImmediate, claimInterruptedBatches } from "./claim";
import { defaultProcessContext, processImmediate, processInterruptedBatch } from "./process";
import { RenderCache } from "./renders";
import {
  addresses,
  enqueueTo,
  isolatedDatabase,
  senderFor,
  statusCounts,
  type IsolatedDatabase,
} from "./testing";

const FROM_A = "Herald A <herald@a.example.test>";
const FROM_B = "Herald B <herald@b.example.test>";

let database: IsolatedDatabase;
let resend: FakeResend;

beforeAll(async () => {
  [database, resend] = await Promise.all([isolatedDatabase(), startFakeResend()]);
});

afterEach(() => resend.reset());

afterAll(async () => {
  await resend?.close();
  await database?.drop();
});

/** A sender whose batch reaches the provider, and whose worker then dies before hearing back. */
function dyingAfterBatch(sender: MailSender) {
  let reached!: () => void;
  const batchAccepted = new Promise<void>((resolve) => (reached = resolve));
  const dying: MailSender = {
    send: (message) => sender.send(message),
    current: () => sender.current(),
    sendBatch: async (messages, batchKey) => {
      await sender.sendBatch(messages, batchKey);
      reached();
      return new Promise<never>(() => {});
    },
  };
  return { dying, batchAccepted };
}

describe("re-sending an interrupted provider batch from another instance", () => {
  it("uses the From recorded with the deliveries, so the provider replays instead of answering 409", async () => {
    const { db } = database;
    const sender = await senderFor(db, resend);
    const { eventId } = await enqueueTo(db, addresses(3));

    // Instance A (MAIL_FROM = FROM_A) sends the batch; the provider accepts it; A dies unrecorded.
    const { dying, batchAccepted } = dyingAfterBatch(sender);
    const claimed = await claimImmediate(db, { workerId: "instance-a", leaseMs: 60_000, limit: 10 });
    expect(claimed).toHaveLength(3);
    void processImmediate(
      defaultProcessContext({
        db,
        sender: dying,
        workerId: "instance-a",
        from: FROM_A,
        renders: new RenderCache(),
      }),
      claimed,
    );
    await batchAccepted;
    expect(resend.messages.map((message) => message.from)).toEqual([FROM_A, FROM_A, FROM_A]);
    expect(await statusCounts(db, eventId)).toEqual({ SENDING: 3 });

    // A's lease runs out; instance B (MAIL_FROM = FROM_B) reclaims the batch and re-sends it.
    await db.delivery.updateMany({ where: { eventId }, data: { leaseUntil: new Date(Date.now() - 1000) } });
    const [group] = await claimInterruptedBatches(db, { workerId: "instance-b", leaseMs: 60_000, limit: 10 });
    expect(group).toHaveLength(3);
    await processInterruptedBatch(
      defaultProcessContext({ db, sender, workerId: "instance-b", from: FROM_B, renders: new RenderCache() }),
      group!,
    );

    expect(await statusCounts(db, eventId)).toEqual({ SENT: 3 });
    const [first, repeat] = resend.requests.filter((request) => request.path.includes("batch"));
    expect(first).toMatchObject({ status: 200, replayed: false });
    expect(repeat).toMatchObject({ status: 200, replayed: true, idempotencyKey: first!.idempotencyKey });
    // Nothing was sent twice, and nothing with B's From.
    expect(resend.messages).toHaveLength(3);
    expect(resend.messages.every((message) => message.from === FROM_A)).toBe(true);
    const rows = await db.delivery.findMany({ where: { eventId }, select: { personal: true } });
    expect(rows.map((row) => (row.personal as { from?: string }).from)).toEqual([FROM_A, FROM_A, FROM_A]);
  });
});
