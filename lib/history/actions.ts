"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { ADMIN_ONLY } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { resendDelivery } from "./resend";
import { retryDelivery } from "./retry";
import { deliveryIdSchema } from "./schemas";

/** Puts a FAILED delivery back in the queue (ADMIN). */
export const retryDeliveryAction = authedAction(
  deliveryIdSchema,
  { roles: ADMIN_ONLY },
  async ({ id }, { viewer, actor }) => {
    const result = await retryDelivery(db, viewer, actor, id);
    revalidatePath(`/history/${id}`);
    revalidatePath("/history");
    return result;
  },
);

/** Sends a delivery that went out once more, as a new delivery (ADMIN). */
export const resendDeliveryAction = authedAction(
  deliveryIdSchema,
  { roles: ADMIN_ONLY },
  async ({ id }, { viewer, actor }) => {
    const result = await resendDelivery(db, viewer, actor, id);
    revalidatePath(`/history/${id}`);
    revalidatePath("/history");
    return result;
  },
);
