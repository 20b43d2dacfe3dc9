import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { takeToken } from "./rate-limit";

// Two clients with pools of their own stand for two Herald instances sharing one database.
const instanceA = createPrismaClient(inject("databaseUrl"), { max: 2 });
const instanceB = createPrismaClient(inject("databaseUrl"), { max: 2 });

afterAll(async () => {
  await Promise.all([instanceA.$disconnect(), instanceB.$disconnect()]);
});

describe("takeToken (per-key rate limit in PostgreSQL)", () => {
  it("counts one window across instances and answers the seconds left once the limit is passed", async () => {
    const key = `key-${randomUUID()}`;
    const at = (iso: string) => ({ now: new Date(iso) });
    const answers: number[] = [];
    for (let index = 0; index < 6; index++) {
      const db = index % 2 === 0 ? instanceA : instanceB;
      answers.push(await takeToken(key, 6, { ...at("2026-12-02T10:00:05Z"), db }));
    }
    expect(answers).toEqual([0, 0, 0, 0, 0, 0]);
    // The seventh request of the minute, on either instance, is refused until 10:01:00.
    expect(await takeToken(key, 6, { ...at("2026-12-02T10:00:20Z"), db: instanceA })).toBe(40);
    expect(await takeToken(key, 6, { ...at("2026-12-02T10:00:59.500Z"), db: instanceB })).toBe(1);
    // Another key has a window of its own; the next minute starts afresh.
    expect(await takeToken(`other-${key}`, 6, { ...at("2026-12-02T10:00:30Z"), db: instanceB })).toBe(0);
    expect(await takeToken(key, 6, { ...at("2026-12-02T10:01:00Z"), db: instanceB })).toBe(0);
  });

  it("does not let concurrent requests past the limit", async () => {
    const key = `burst-${randomUUID()}`;
    const now = new Date("2026-12-02T11:00:00Z");
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        takeToken(key, 10, { now, db: index % 2 ? instanceA : instanceB }),
      ),
    );
    expect(answers.filter((answer) => answer === 0)).toHaveLength(10);
    expect(answers.filter((answer) => answer === 60)).toHaveLength(10);
  });
});
