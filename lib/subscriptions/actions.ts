"use server";

import { revalidatePath } from "next/cache";
import { authedFormAction } from "@/lib/actions/authed-action";
import { db } from "@/lib/db";
import { setDigestHourSchema } from "./schemas";
import { setMyDigestHour } from "./self-service";

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
