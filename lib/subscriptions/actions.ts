"use server";

import { revalidatePath } from "next/cache";
import { authedFormAction } from "@/lib/actions/authed-action";
import { db } from "@/lib/db";
import { quietWindow, setQuietHoursSchema } from "./quiet-hours";
import { setDigestHourSchema } from "./schemas";
import { setMyDigestHour, setMyQuietHours } from "./self-service";

/** My notifications: the local hour of my daily digest. Any signed-in person, for themselves only. */
export const setMyDigestHourAction = authedFormAction(
  setDigestHourSchema,
  {},
  async ({ digestHour }, { viewer, actor }) => {
    await setMyDigestHour(db, actor, { id: viewer.id, role: viewer.role }, digestHour);
    revalidatePath("/me/notifications");
    return { ok: true, message: "saved" };
  },
);

/** My notifications: my quiet hours (or none). Any signed-in person, for themselves only: no id is taken. */
export const setMyQuietHoursAction = authedFormAction(
  setQuietHoursSchema,
  {},
  async (input, { viewer, actor }) => {
    await setMyQuietHours(db, actor, { id: viewer.id, role: viewer.role }, quietWindow(input));
    revalidatePath("/me/notifications");
    return { ok: true, message: "saved" };
  },
);
