import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDb } from "@/tests/db";
import { lockedForMinutes, MAX_FAILURES, recordLoginAttempt, WINDOW_MINUTES } from "./login-throttle";

const fresh = () => ({
  email: `${randomUUID()}@example.test`,
  ip: `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
});

describe("login throttle", () => {
  it("allows five failures and locks on the sixth attempt for the rest of the window", async () => {
    const { email, ip } = fresh();
    for (let i = 0; i < MAX_FAILURES - 1; i++) await recordLoginAttempt(email, ip, false);
    expect(await lockedForMinutes(email, ip)).toBe(0);
    await recordLoginAttempt(email, ip, false);
    expect(await lockedForMinutes(email, ip)).toBe(WINDOW_MINUTES);
  });

  it("locks an account attacked from many addresses, and an address trying many accounts", async () => {
    const target = fresh();
    for (let i = 0; i < MAX_FAILURES; i++) await recordLoginAttempt(target.email, fresh().ip, false);
    expect(await lockedForMinutes(target.email, fresh().ip)).toBeGreaterThan(0);

    const attacker = fresh();
    for (let i = 0; i < MAX_FAILURES; i++) await recordLoginAttempt(fresh().email, attacker.ip, false);
    expect(await lockedForMinutes(fresh().email, attacker.ip)).toBeGreaterThan(0);
  });

  it("forgets failures older than the window and ignores successes", async () => {
    const { email, ip } = fresh();
    const old = new Date(Date.now() - (WINDOW_MINUTES + 1) * 60_000);
    await testDb().loginAttempt.createMany({
      data: Array.from({ length: MAX_FAILURES }, () => ({ email, ip, succeeded: false, createdAt: old })),
    });
    for (let i = 0; i < 10; i++) await recordLoginAttempt(email, ip, true);
    expect(await lockedForMinutes(email, ip)).toBe(0);
  });

  it("lifts the lock when the oldest counted failure leaves the window", async () => {
    const { email, ip } = fresh();
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    await testDb().loginAttempt.createMany({
      data: Array.from({ length: MAX_FAILURES }, () => ({
        email,
        ip,
        succeeded: false,
        createdAt: tenMinutesAgo,
      })),
    });
    expect(await lockedForMinutes(email, ip)).toBe(WINDOW_MINUTES - 10);
  });
});
