"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { liftSuppressionSchema } from "./schemas";
import { liftSuppression } from "./service";

/** Lifts one address's suppression (ADMIN); audited. */
export const liftSuppressionAction = authedAction(
  liftSuppressionSchema,
  { roles: ADMIN_ONLY },
  async ({ email }, { actor }) => {
    const removed = await liftSuppression(db, actor, email);
    revalidatePath("/suppressions");
    return { email: removed.email };
  },
);
