"use server";

import { revalidatePath } from "next/cache";
import type { Role } from "@/generated/prisma/enums";
import { authedAction } from "@/lib/actions/authed-action";
import type { AuditActor } from "@/lib/audit/record";
import { ADMIN_ONLY } from "@/lib/auth/viewer";
import { db, type Database } from "@/lib/db";
import { resendDelivery } from "./resend";
import { retryDelivery } from "./retry";
import { deliveryIdSchema } from "./schemas";

type DeliveryOperation<T> = (
  db: Database,
  viewer: { role: Role },
  actor: AuditActor,
  id: string,
) => Promise<T>;

/** An ADMIN action on one delivery, by id, that refreshes its page and the history after it. */
function deliveryAction<T>(operation: DeliveryOperation<T>) {
  return authedAction(deliveryIdSchema, { roles: ADMIN_ONLY }, async ({ id }, { viewer, actor }) => {
    const result = await operation(db, viewer, actor, id);
    revalidatePath(`/history/${id}`);
    revalidatePath("/history");
    return result;
  });
}

/** Puts a FAILED delivery back in the queue (ADMIN). */
export const retryDeliveryAction = deliveryAction(retryDelivery);

/** Sends a delivery that went out once more, as a new delivery (ADMIN). */
export const resendDeliveryAction = deliveryAction(resendDelivery);
