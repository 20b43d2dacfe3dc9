import "server-only";
import { db } from "@/lib/db";
import { SESSION_ABSOLUTE_MAX_MS } from "./config";
import { auth } from "./index";

/**
 * Ends this request's session for good: its id is recorded (EndedSession) and every later request
 * carrying it is refused (lib/auth/viewer.ts), even if a response that was already on its way when
 * the user signed out re-sets the cookie. Kept as long as such a session could still be valid.
 */
export async function endSession(): Promise<void> {
  const session = await auth();
  if (!session?.sid) return;
  await db.endedSession.createMany({
    data: [{ id: session.sid, expiresAt: new Date(Date.now() + SESSION_ABSOLUTE_MAX_MS) }],
    skipDuplicates: true,
  });
}
