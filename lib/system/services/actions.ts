"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { setServiceDisabled } from "./control";
import { setServiceDisabledSchema } from "./schemas";

/** Switches the workers or the scheduler off or on (ADMIN; audited). */
export const setServiceDisabledAction = authedAction(
  setServiceDisabledSchema,
  { roles: ADMIN_ONLY },
  async ({ kind, disabled }, { actor }) => {
    const result = await setServiceDisabled(db, actor, kind, disabled);
    revalidatePath("/system/services");
    return result;
  },
);
