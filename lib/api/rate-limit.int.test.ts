import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { hashApiKey, parseApiKey } from "@/lib/api-keys/secret";
import { revokeApiKey } from "@/lib/api-keys/service";
import { createPrismaClient } from "@/lib/db/client";
import { apiKeyWith } from "@/tests/api";
import { testActor, testDb } from "@/tests/db";
import { findKeyAndTakeToken } from "./rate-limit";

// Two clients with pools of their own stand for two Herald instances sharing one database.
const instanceA = createPrismaClient(inject("databaseUrl"), { max: 2 });
const instanceB = createPrismaClient(inject("databaseUrl"), { max: 2 });

afterAll(async () => {
  await Promise.all([instanceA.$disconnect(), instanceB.$disconnect()]);
});

/** A fresh key with events:write, and how withApi looks it up. */
async function freshKey() {
  const secret = await apiKeyWith(["events:write"], "rate limit");
  return { hash: hashApiKey(secret), prefix: parseApiKey(secret)! };
}

const at = (iso: string) => new Date(iso);

async function windowCount(keyId: string, windowStart: string) {
  const [row] = await testDb().$queryRaw<{ count: number }[]>`
    SELECT count FROM "RateLimitBucket" WHERE key = ${keyId} AND "windowStart" = ${at(windowStart)}`;
  return row?.count ?? 0;
}

describe("findKeyAndTakeToken (API key lookup + per-key rate limit in PostgreSQL)", () => {
  it("counts one window across instances and answers the seconds left once the limit is passed", async () => {
    const { hash, prefix } = await freshKey();
    const take = (iso: string, db: typeof instanceA) =>
      findKeyAndTakeToken(hash, { prefix, scope: "EVENTS_WRITE" }, 6, { now: at(iso), db });
    const answers: number[] = [];
    for (let index = 0; index < 6; index++) {
      answers.push((await take("2026-12-02T10:00:05Z", index % 2 === 0 ? instanceA : instanceB)).retryAfter);
    }
    expect(answers).toEqual([0, 0, 0, 0, 0, 0]);
    // The seventh request of the minute, on either instance, is refused until 10:01:00.
    const refused = await take("2026-12-02T10:00:20Z", instanceA);
    expect(refused).toMatchObject({ retryAfter: 40, rateLimit: { limit: 6, remaining: 0, reset: 40 } });
    expect((await take("2026-12-02T10:00:59.500Z", instanceB)).retryAfter).toBe(1);
    // Another key has a window of its own; the next minute starts afresh.
    const other = await freshKey();
    const otherAnswer = await findKeyAndTakeToken(
      other.hash,
      { prefix: other.prefix, scope: "EVENTS_WRITE" },
      6,
      {
        now: at("2026-12-02T10:00:30Z"),
        db: instanceB,
      },
    );
    expect(otherAnswer.retryAfter).toBe(0);
    expect((await take("2026-12-02T10:01:00Z", instanceB)).retryAfter).toBe(0);
  });

  it("does not let concurrent requests past the limit", async () => {
    const { hash, prefix } = await freshKey();
    const now = at("2026-12-02T11:00:00Z");
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        findKeyAndTakeToken(hash, { prefix, scope: "EVENTS_WRITE" }, 10, {
          now,
          db: index % 2 ? instanceA : instanceB,
        }),
      ),
    );
    expect(answers.filter((answer) => answer.retryAfter === 0)).toHaveLength(10);
    expect(answers.filter((answer) => answer.retryAfter === 60)).toHaveLength(10);
  });

  it("answers the window as the request left it, from the same count: limit, remaining, reset", async () => {
    const { hash, prefix } = await freshKey();
    const take = (iso: string) =>
      findKeyAndTakeToken(hash, { prefix, scope: "EVENTS_WRITE" }, 3, { now: at(iso) });
    expect((await take("2026-12-02T14:00:00Z")).rateLimit).toEqual({ limit: 3, remaining: 2, reset: 60 });
    expect((await take("2026-12-02T14:00:30.200Z")).rateLimit).toEqual({ limit: 3, remaining: 1, reset: 30 });
    expect((await take("2026-12-02T14:00:59.900Z")).rateLimit).toEqual({ limit: 3, remaining: 0, reset: 1 });
    expect((await take("2026-12-02T14:01:00Z")).rateLimit).toEqual({ limit: 3, remaining: 2, reset: 60 });
  });

  it("answers the stored key, and counts only requests the key may make", async () => {
    const { hash, prefix } = await freshKey();
    const now = at("2026-12-02T12:00:10Z");
    const allowed = await findKeyAndTakeToken(hash, { prefix, scope: "EVENTS_WRITE" }, 5, { now });
    expect(allowed.key).toMatchObject({ prefix, scopes: ["EVENTS_WRITE"], revokedAt: null });
    const keyId = allowed.key!.id;
    expect(await windowCount(keyId, "2026-12-02T12:00:00Z")).toBe(1);

    // A scope the key lacks, or another key's prefix: the key is answered (withApi refuses it), not counted.
    const unscoped = await findKeyAndTakeToken(hash, { prefix, scope: "CATALOG_READ" }, 5, { now });
    expect(unscoped).toEqual({ key: allowed.key, retryAfter: 0, rateLimit: null });
    await findKeyAndTakeToken(hash, { prefix: "hk_live_000000", scope: "EVENTS_WRITE" }, 5, { now });
    expect(await windowCount(keyId, "2026-12-02T12:00:00Z")).toBe(1);

    // An unknown hash: no key.
    expect(
      await findKeyAndTakeToken(hashApiKey("nope"), { prefix, scope: "EVENTS_WRITE" }, 5, { now }),
    ).toEqual({
      key: null,
      retryAfter: 0,
      rateLimit: null,
    });
  });

  it("sees a revocation on the very next request (the key is read fresh, never cached)", async () => {
    const { hash, prefix } = await freshKey();
    const now = at("2026-12-02T13:00:10Z");
    const before = await findKeyAndTakeToken(hash, { prefix, scope: "EVENTS_WRITE" }, 5, { now });
    expect(before.key?.revokedAt).toBeNull();

    await revokeApiKey(testDb(), testActor(), before.key!.id);
    const after = await findKeyAndTakeToken(hash, { prefix, scope: "EVENTS_WRITE" }, 5, {
      now,
      db: instanceB,
    });
    expect(after.key?.revokedAt).toBeInstanceOf(Date);
    expect(await windowCount(before.key!.id, "2026-12-02T13:00:00Z")).toBe(1);
  });
});
