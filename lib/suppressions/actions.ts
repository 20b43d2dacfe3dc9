"use server";

import { revalidatePath } from "next/cache";
import { authedAction, authedFormAction } from "@/lib/actions/authed-action";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { addSuppressionSchema, liftSuppressionSchema } from "./schemas";
import { addSuppression, liftSuppression } from "./service";

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

/** Blocks an address by hand (ADMIN): the add form on /suppressions; audited. */
export const addSuppressionAction = authedFormAction(
  addSuppressionSchema,
  { roles: ADMIN_ONLY },
  async (input, { actor }) => {
    await addSuppression(db, actor, input);
    revalidatePath("/suppressions");
    return { ok: true };
  },
);
