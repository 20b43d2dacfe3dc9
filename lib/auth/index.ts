import "server-only";
import { log } from "@/lib/log";
import { setTimeout as wait } from "node:timers/promises";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { clientIp } from "./client-ip";
import { authConfig } from "./config";
import { recordLoginAttempt, signInThrottle } from "./login-throttle";
import { dummyPasswordHash, verifyPassword } from "./password";

export class TooManyAttempts extends CredentialsSignin {
  code = "too_many_attempts";
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});

export const { auth, handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  secret: env.AUTH_SECRET,
  logger: {
    // A wrong password is an expected outcome (recorded in LoginAttempt), not a server error.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      log.error({ err: error, area: "auth" }, "authentication error");
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const { email, password } = parsed.data;
        const ip = clientIp(request.headers);

        const throttle = await signInThrottle(email, ip);
        if (throttle.lockedMinutes > 0) throw new TooManyAttempts();
        // An account under attack slows down for everyone instead of locking its owner out.
        if (throttle.delayMs > 0) await wait(throttle.delayMs);

        const user = await db.user.findUnique({
          where: { email },
          omit: { passwordHash: false },
        });
        // Verify even for unknown or disabled accounts so the answer takes the same time.
        const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
        const ok = Boolean(user && valid && !user.disabledAt);
        await recordLoginAttempt(email, ip, ok);
        if (!user || !ok) throw new CredentialsSignin();
        return {
          id: user.id,
          name: user.name,
          email: user.email,
          role: user.role,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ],
});
