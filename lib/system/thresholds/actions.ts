"use server";

import { revalidatePath } from "next/cache";
import { authedFormAction } from "@/lib/actions/authed-action";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { updateThresholdsSchema } from "./schemas";
import { updateThresholds } from "./service";

export const updateThresholdsAction = authedFormAction(
  updateThresholdsSchema,
  { roles: ADMIN_ONLY },
  async (input, { actor }) => {
    await updateThresholds(db, actor, input);
    revalidatePath("/system/resources");
    return { ok: true };
  },
);
