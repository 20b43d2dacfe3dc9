import { randomInt, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDb } from "@/tests/db";
import {
  ACCOUNT_LIMIT,
  ADDRESS_LIMIT,
  DELAY_FREE_FAILURES,
  MAX_DELAY_MS,
  PAIR_LIMIT,
  progressiveDelayMs,
  recordLoginAttempt,
  signInThrottle,
  WINDOW_MINUTES,
} from "./login-throttle";

const freshEmail = () => `${randomUUID()}@example.test`;
const freshIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

async function fail(email: string, ip: string, times: number, createdAt = new Date()) {
  await testDb().loginAttempt.createMany({
    data: Array.from({ length: times }, () => ({ email, ip, succeeded: false, createdAt })),
  });
}

describe("login throttle", () => {
  it("refuses the attacking address after five failures, but not the account's owner elsewhere", async () => {
    const admin = freshEmail();
    const attacker = freshIp();
    for (let i = 0; i < PAIR_LIMIT - 1; i++) await recordLoginAttempt(admin, attacker, false);
    expect((await signInThrottle(admin, attacker)).lockedMinutes).toBe(0);
    await recordLoginAttempt(admin, attacker, false);

    expect((await signInThrottle(admin, attacker)).lockedMinutes).toBe(WINDOW_MINUTES);
    expect((await signInThrottle(admin, freshIp())).lockedMinutes).toBe(0);
    // The attacker's address may still sign in to its own account.
    expect((await signInThrottle(freshEmail(), attacker)).lockedMinutes).toBe(0);
  });

  it("stops one address spraying guesses across many accounts", async () => {
    const sprayer = freshIp();
    for (let i = 0; i < ADDRESS_LIMIT - 1; i++) await recordLoginAttempt(freshEmail(), sprayer, false);
    expect((await signInThrottle(freshEmail(), sprayer)).lockedMinutes).toBe(0);
    await recordLoginAttempt(freshEmail(), sprayer, false);
    expect((await signInThrottle(freshEmail(), sprayer)).lockedMinutes).toBe(WINDOW_MINUTES);
    expect((await signInThrottle(freshEmail(), freshIp())).lockedMinutes).toBe(0);
  });

  it("locks an account for everyone only at the account-wide ceiling, from many addresses", async () => {
    const target = freshEmail();
    // Four failures from each of many addresses: no single pair reaches its limit.
    const addresses = Array.from({ length: ACCOUNT_LIMIT / 4 }, freshIp);
    for (const ip of addresses.slice(0, -1)) await fail(target, ip, 4);
    await fail(target, addresses.at(-1)!, 3);
    expect((await signInThrottle(target, freshIp())).lockedMinutes).toBe(0);

    await fail(target, addresses.at(-1)!, 1);
    expect((await signInThrottle(target, freshIp())).lockedMinutes).toBe(WINDOW_MINUTES);
  });

  it("slows an account down as failures pile up from anywhere, up to a cap", async () => {
    const target = freshEmail();
    expect((await signInThrottle(target, freshIp())).delayMs).toBe(0);
    await fail(target, freshIp(), DELAY_FREE_FAILURES);
    expect((await signInThrottle(target, freshIp())).delayMs).toBe(250);
    await fail(target, freshIp(), 2);
    expect((await signInThrottle(target, freshIp())).delayMs).toBe(1_000);
    await fail(target, freshIp(), 30);
    expect((await signInThrottle(target, freshIp())).delayMs).toBe(MAX_DELAY_MS);
  });

  it("doubles the delay per failure past the free ones and never exceeds the cap", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 50, ACCOUNT_LIMIT].map(progressiveDelayMs)).toEqual([
      0, 0, 0, 250, 500, 1_000, 2_000, 4_000, 4_000, 4_000,
    ]);
  });

  it("forgets failures older than the window and ignores successes", async () => {
    const email = freshEmail();
    const ip = freshIp();
    await fail(email, ip, ACCOUNT_LIMIT, new Date(Date.now() - (WINDOW_MINUTES + 1) * 60_000));
    for (let i = 0; i < 10; i++) await recordLoginAttempt(email, ip, true);
    expect(await signInThrottle(email, ip)).toEqual({ lockedMinutes: 0, delayMs: 0 });
  });

  it("lifts a lock when the oldest counted failure leaves the window", async () => {
    const email = freshEmail();
    const ip = freshIp();
    await fail(email, ip, PAIR_LIMIT, new Date(Date.now() - 10 * 60_000));
    expect((await signInThrottle(email, ip)).lockedMinutes).toBe(WINDOW_MINUTES - 10);
  });
});
