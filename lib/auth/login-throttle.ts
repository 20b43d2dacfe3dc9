import "server-only";
import { db } from "@/lib/db";

// Sign-in throttling as OWASP ASVS 5.0 (6.3.1) asks: guessing is slowed and capped without letting
// anyone lock a victim out. Failures are counted within WINDOW_MINUTES:
// - per account AND address: PAIR_LIMIT. Whoever guesses a password from one address is stopped
//   after five tries, while the account's owner, elsewhere, still signs in;
// - per address, whatever the account: ADDRESS_LIMIT. Stops one address spraying guesses across
//   accounts, yet leaves room for a few colleagues behind one NAT mistyping on the same morning;
// - per account, from every address: ACCOUNT_LIMIT, a ceiling only a distributed attack reaches;
//   below it, each attempt on an account that keeps failing waits progressively longer instead.
export const WINDOW_MINUTES = 15;
export const PAIR_LIMIT = 5;
export const ADDRESS_LIMIT = 20;
export const ACCOUNT_LIMIT = 100;

/** Failures an account takes before its sign-ins slow down, and the delay's cap. */
export const DELAY_FREE_FAILURES = 3;
export const MAX_DELAY_MS = 4_000;

export interface SignInThrottle {
  /** Minutes until this e-mail may be tried from this address again; 0 when it may now. */
  lockedMinutes: number;
  /** How long to hold this attempt before checking the password. */
  delayMs: number;
}

/** 250 ms after the first DELAY_FREE_FAILURES failures, doubling with each further one, capped. */
export function progressiveDelayMs(accountFailures: number): number {
  if (accountFailures < DELAY_FREE_FAILURES) return 0;
  return Math.min(250 * 2 ** (accountFailures - DELAY_FREE_FAILURES), MAX_DELAY_MS);
}

/**
 * Whether this e-mail may be tried from this address now, and after what delay. A limit's lock
 * lifts when the oldest failure it counts leaves the window.
 */
export async function signInThrottle(email: string, ip: string, now = new Date()): Promise<SignInThrottle> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const recentFailures = (where: { email?: string; ip?: string }, limit: number) =>
    db.loginAttempt.findMany({
      where: { ...where, succeeded: false, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { createdAt: true },
    });
  const [pair, address, account] = await Promise.all([
    recentFailures({ email, ip }, PAIR_LIMIT),
    recentFailures({ ip }, ADDRESS_LIMIT),
    recentFailures({ email }, ACCOUNT_LIMIT),
  ]);
  let unlockAt = 0;
  for (const [failures, limit] of [
    [pair, PAIR_LIMIT],
    [address, ADDRESS_LIMIT],
    [account, ACCOUNT_LIMIT],
  ] as const) {
    const oldest = failures[limit - 1];
    if (oldest) unlockAt = Math.max(unlockAt, oldest.createdAt.getTime() + WINDOW_MINUTES * 60_000);
  }
  return {
    lockedMinutes: unlockAt > now.getTime() ? Math.ceil((unlockAt - now.getTime()) / 60_000) : 0,
    delayMs: progressiveDelayMs(account.length),
  };
}

export async function recordLoginAttempt(email: string, ip: string, succeeded: boolean) {
  await db.loginAttempt.create({ data: { email, ip, succeeded } });
}
