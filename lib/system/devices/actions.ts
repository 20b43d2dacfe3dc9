"use server";

import { revalidatePath } from "next/cache";
import { authedAction, authedFormAction } from "@/lib/actions/authed-action";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { createDeviceSchema, deviceIdSchema } from "./schemas";
import { createDevice, deleteDevice } from "./service";

export const createDeviceAction = authedFormAction(
  createDeviceSchema,
  { roles: ADMIN_ONLY },
  async (input, { actor }) => {
    await createDevice(db, actor, input);
    revalidatePath("/system/devices");
    return { ok: true };
  },
);

export const deleteDeviceAction = authedAction(
  deviceIdSchema,
  { roles: ADMIN_ONLY },
  async ({ id }, { actor }) => {
    await deleteDevice(db, actor, id);
    revalidatePath("/system/devices");
  },
);
