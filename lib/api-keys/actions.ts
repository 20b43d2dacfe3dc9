"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { createApiKeySchema, revokeApiKeySchema } from "./schemas";
import { createApiKey, revokeApiKey } from "./service";

// Typed actions (not form actions) because creation must hand the one-time secret back to the dialog.

export const createApiKeyAction = authedAction(
  createApiKeySchema,
  { roles: ADMIN_ONLY },
  async (input, { actor }) => {
    const { key, apiKey } = await createApiKey(db, actor, input);
    revalidatePath("/api-keys");
    return { key, id: apiKey.id, name: apiKey.name, prefix: apiKey.prefix };
  },
);

export const revokeApiKeyAction = authedAction(
  revokeApiKeySchema,
  { roles: ADMIN_ONLY },
  async ({ id }, { actor }) => {
    const apiKey = await revokeApiKey(db, actor, id);
    revalidatePath("/api-keys");
    return { id: apiKey.id };
  },
);
