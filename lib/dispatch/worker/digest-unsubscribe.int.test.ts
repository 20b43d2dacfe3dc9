// A daily digest carries the RFC 8058 one-click pair like an immediate e-mail: one link that mutes,
// for its recipient, every type the digest holds; a re-sent digest carries the same link.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { subscribe } from "@/lib/subscriptions/testing";
import { unsubscribeWithToken } from "@/lib/subscriptions/unsubscribe";
import { createUser } from "@/prisma/seed/factories";
import { startFakeResend, type FakeResend } from "@/tests/fakes/fake-resend";
import { claimDigests } from "./claim";
import { processDigests } from "./digest";
import { defaultProcessContext } from "./process";
import { RenderCache } from "./renders";
import { enqueueTo, isolatedDatabase, senderFor, type IsolatedDatabase } from "./testing";

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

const TYPES = ["credentials.password-changed", "devices.connectivity-restored"] as const;

/** What the one-click route does with the link's token (on this test's own database). */
function oneClick(url: string) {
  const token = new URL(url).pathname.split("/")[2]!;
  return unsubscribeWithToken(database.db, token, { ip: "127.0.0.1", requestId: "test" });
}

describe("digest e-mails and one-click unsubscribe", () => {
  it("carry List-Unsubscribe and List-Unsubscribe-Post, and the link mutes every type of the digest", async () => {
    const { db } = database;
    const sender = await senderFor(db, resend);
    const user = await createUser(db);
    for (const typeKey of TYPES) await subscribe(db, { userId: user.id }, { typeKey }, "DIGEST");
    for (const typeKey of TYPES) await enqueueTo(db, [], typeKey);
    // The digest hour comes.
    await db.delivery.updateMany({ where: { userId: user.id }, data: { availableAt: new Date() } });

    const ctx = defaultProcessContext({
      db,
      sender,
      workerId: "digest-worker",
      from: env.MAIL_FROM,
      renders: new RenderCache(),
    });
    await processDigests(
      ctx,
      await claimDigests(db, { workerId: "digest-worker", leaseMs: 60_000, limit: 10 }),
    );

    const [message] = resend.messages.filter((m) => m.to.includes(user.email));
    expect(message?.headers["X-Herald-Digest"]).toBe("2");
    expect(message?.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const link = message?.headers["List-Unsubscribe"]?.match(/^<(https?:\/\/[^>]+\/one-click)>$/)?.[1];
    expect(link).toBeDefined();
    // Stored with the rows, so a re-sent digest carries the same link.
    const rows = await db.delivery.findMany({ where: { userId: user.id }, select: { personal: true } });
    expect(rows.map((row) => (row.personal as { oneClickUrl?: string }).oneClickUrl)).toEqual([link, link]);

    expect(await oneClick(link!)).toMatchObject({ typeKey: TYPES[0] });
    const muted = await db.preference.findMany({
      where: { userId: user.id, muted: true },
      select: { typeKey: true },
      orderBy: { typeKey: "asc" },
    });
    expect(muted.map((row) => row.typeKey)).toEqual([...TYPES]);
  });
});
