"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { authedFormAction } from "@/lib/actions/authed-action";
import { publicAction, publicFormAction } from "@/lib/actions/public-action";
import type { FormState } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { clientIp } from "./client-ip";
import { endSession } from "./end-session";
import { signIn, signOut } from "./index";
import { signInThrottle } from "./login-throttle";
import { hashPassword, verifyPassword } from "./password";
import { passwordSchema } from "./schemas";

const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(1024),
  callbackUrl: z.string().optional(),
});

/** Only a path on this site may follow a sign-in: any host in the callback is dropped (no open redirect). */
function safeCallback(url: string | undefined) {
  if (!url) return "/";
  try {
    const parsed = new URL(url, "http://herald.invalid");
    return `${parsed.pathname}${parsed.search}` || "/";
  } catch {
    return "/";
  }
}

export const signInAction = publicFormAction<FormState>(
  "signing in is how a session starts",
  // A control character cannot be part of valid credentials: the same answer as a wrong password.
  async () => ({ message: (await getTranslations("auth"))("invalidCredentials") }),
  async (_previous, formData) => {
    const t = await getTranslations("auth");
    const parsed = signInSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success || !parsed.data.email || !parsed.data.password)
      return { message: t("invalidCredentials") };
    const { email, password, callbackUrl } = parsed.data;
    try {
      await signIn("credentials", { email, password, redirectTo: safeCallback(callbackUrl) });
      return { ok: true };
    } catch (error) {
      if (error instanceof CredentialsSignin && error.code === "too_many_attempts") {
        const { lockedMinutes } = await signInThrottle(email, clientIp(await headers()));
        return { message: t("tooManyAttempts", { minutes: Math.max(lockedMinutes, 1) }) };
      }
      if (error instanceof AuthError) return { message: t("invalidCredentials") };
      throw error; // the redirect after a successful sign-in
    }
  },
);

export const signOutAction = publicAction("signing out needs no valid session", async () => {
  await endSession();
  await signOut({ redirectTo: "/sign-in" });
});

const changePasswordSchema = z
  .object({ current: z.string().min(1).max(1024), next: passwordSchema, confirm: z.string() })
  .refine((value) => value.next === value.confirm, { path: ["confirm"], message: "passwordsDoNotMatch" });

export const changePasswordAction = authedFormAction(
  changePasswordSchema,
  {},
  async (input, { viewer, actor }) => {
    const user = await db.user.findUniqueOrThrow({ where: { id: viewer.id }, omit: { passwordHash: false } });
    if (!(await verifyPassword(user.passwordHash, input.current))) {
      throw new AppError("BAD_REQUEST", "checkFields", { current: ["currentPasswordWrong"] });
    }
    const passwordHash = await hashPassword(input.next);
    await db.$transaction(async (tx) => {
      // Bumping the session version ends every other session of this user.
      const updated = await tx.user.update({
        where: { id: viewer.id },
        data: { passwordHash, sessionVersion: { increment: 1 } },
        select: { sessionVersion: true },
      });
      await recordAudit(tx, actor, {
        action: "user.password.change",
        targetType: "user",
        targetId: viewer.id,
      });
      return updated;
    });
    // This session ended too; sign in again with the new password.
    await signOut({ redirectTo: "/sign-in?passwordChanged=1" });
  },
);
