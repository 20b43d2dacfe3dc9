"use server";

import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { publicFormAction } from "@/lib/actions/public-action";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { unsubscribeWithToken } from "./unsubscribe";
import { log } from "@/lib/log";

export type UnsubscribeFormState =
  { status: "idle" } | { status: "done" } | { status: "error"; code: string; reason?: string };

/**
 * The unsubscribe page's confirm button. Public (the e-mail's reader need not sign in): the signed
 * token is the credential, checked by unsubscribeWithToken; a bad one changes nothing.
 */
export const confirmUnsubscribeAction = publicFormAction<UnsubscribeFormState>(
  "the signed token in the link is the credential",
  () => ({ status: "error", code: "BAD_REQUEST", reason: "malformed" }),
  async (_previous, formData) => {
    const token = formData.get("token");
    if (typeof token !== "string") return { status: "error", code: "BAD_REQUEST", reason: "malformed" };
    const requestId = randomUUID();
    try {
      await unsubscribeWithToken(db, token, { ip: clientIp(await headers()), requestId });
      return { status: "done" };
    } catch (error) {
      if (error instanceof AppError)
        return { status: "error", code: error.code, reason: error.details?.token?.[0] };
      log.error({ err: error, requestId, area: "unsubscribe" }, "unsubscribe failed");
      return { status: "error", code: "INTERNAL" };
    }
  },
);
