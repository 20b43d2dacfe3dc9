"use server";

import { revalidatePath } from "next/cache";
import { authedAction, authedFormAction } from "@/lib/actions/authed-action";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { resetTemplateOverride, saveTemplateOverride } from "./overrides";
import { appLinks } from "./preview";
import { resetOverrideSchema, saveOverrideSchema, sendTestSchema } from "./schemas";
import { sendTestEmail } from "./test-send";

function revalidate(typeKey: string) {
  revalidatePath("/templates");
  revalidatePath(`/templates/${typeKey}`);
}

/** Saves a type's subject and intro for one language (ADMIN). */
export const saveOverrideAction = authedFormAction(
  saveOverrideSchema,
  { roles: ADMIN_ONLY },
  async (input, { actor }) => {
    const saved = await db.$transaction((tx) => saveTemplateOverride(tx, actor, input));
    revalidate(input.typeKey);
    return { ok: true, message: saved ? "saved" : "reset" };
  },
);

/** Deletes a type's override for one language: back to the default texts (ADMIN). */
export const resetOverrideAction = authedFormAction(
  resetOverrideSchema,
  { roles: ADMIN_ONLY },
  async (input, { actor }) => {
    await db.$transaction((tx) => resetTemplateOverride(tx, actor, input));
    revalidate(input.typeKey);
    return { ok: true, message: "reset" };
  },
);

/** Queues the previewed e-mail for the signed-in administrator, marked as a test (ADMIN). */
export const sendTestEmailAction = authedAction(
  sendTestSchema,
  { roles: ADMIN_ONLY },
  async (input, { viewer, actor }) => {
    const { subject, eventId } = await sendTestEmail(db, actor, {
      ...input,
      to: { userId: viewer.id, email: viewer.email, name: viewer.name, timeZone: viewer.timeZone },
      preferencesUrl: appLinks().preferencesUrl,
    });
    // Queued, not yet sent: the button links to the event's row in the send history.
    return { to: viewer.email, subject, eventId };
  },
);
