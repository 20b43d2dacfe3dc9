import "server-only";
import { db } from "@/lib/db";

export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;

/**
 * Minutes until this e-mail and address may try again, or 0. At most MAX_FAILURES failed attempts
 * per account and per address within WINDOW_MINUTES; the lock lifts when the oldest counted failure
 * leaves the window.
 */
export async function lockedForMinutes(email: string, ip: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const [byEmail, byIp] = await Promise.all([
    db.loginAttempt.findMany({
      where: { email, succeeded: false, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: MAX_FAILURES,
      select: { createdAt: true },
    }),
    db.loginAttempt.findMany({
      where: { ip, succeeded: false, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: MAX_FAILURES,
      select: { createdAt: true },
    }),
  ]);
  let unlockAt = 0;
  for (const failures of [byEmail, byIp]) {
    const oldest = failures[MAX_FAILURES - 1];
    if (oldest) unlockAt = Math.max(unlockAt, oldest.createdAt.getTime() + WINDOW_MINUTES * 60_000);
  }
  return unlockAt > now.getTime() ? Math.ceil((unlockAt - now.getTime()) / 60_000) : 0;
}

export async function recordLoginAttempt(email: string, ip: string, succeeded: boolean) {
  await db.loginAttempt.create({ data: { email, ip, succeeded } });
}
