"use server";

import { revalidatePath } from "next/cache";
import { authedAction, authedFormAction } from "@/lib/actions/authed-action";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { toAppLocale } from "@/lib/i18n/locales";
import { sendTransportTestSchema, updateMailSettingsSchema } from "./schemas";
import { updateMailSettings } from "./settings";
import { sendTransportTest } from "./test-email";

const PAGE = "/settings/mail";

/** Saves the transport order, failover thresholds and Reply-To (ADMIN). */
export const updateMailSettingsAction = authedFormAction(
  updateMailSettingsSchema,
  { roles: ADMIN_ONLY },
  async (input, { actor }) => {
    await updateMailSettings(db, actor, input);
    revalidatePath(PAGE);
    return { ok: true, message: "saved" };
  },
);

/** Sends a test e-mail through one transport to the signed-in administrator (ADMIN); audited. */
export const sendTransportTestAction = authedAction(
  sendTransportTestSchema,
  { roles: ADMIN_ONLY },
  async ({ transport }, { viewer, actor }) => {
    const result = await sendTransportTest(
      db,
      actor,
      { email: viewer.email, name: viewer.name, locale: toAppLocale(viewer.locale) },
      transport,
    );
    revalidatePath(PAGE);
    return result;
  },
);
