"use server";

import { revalidatePath } from "next/cache";
import { authedAction, authedFormAction } from "@/lib/actions/authed-action";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { createDeviceSchema, deviceIdSchema, updateDeviceSchema } from "./schemas";
import { createDevice, deleteDevice, updateDevice } from "./service";

export const createDeviceAction = authedFormAction(
  createDeviceSchema,
  { roles: ADMIN_ONLY },
  async (input, { actor }) => {
    await createDevice(db, actor, input);
    revalidatePath("/system/devices");
    return { ok: true };
  },
);

export const updateDeviceAction = authedFormAction(
  updateDeviceSchema,
  { roles: ADMIN_ONLY },
  async (input, { actor }) => {
    await updateDevice(db, actor, input);
    revalidatePath("/system/devices");
    revalidatePath(`/system/devices/${input.id}`);
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
