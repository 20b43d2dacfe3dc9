"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { authedAction, authedFormAction } from "@/lib/actions/authed-action";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { localeCookie } from "@/lib/i18n/locales";
import { createUser } from "./create-user";
import { resetUserPassword } from "./reset-user-password";
import {
  createUserSchema,
  preferencesSchema,
  resetUserPasswordSchema,
  updateUserSchema,
  userIdSchema,
} from "./schemas";
import { disableUser, enableUser } from "./set-user-status";
import { updateOwnPreferences } from "./update-preferences";
import { updateUser } from "./update-user";

function revalidateUser(id: string) {
  revalidatePath("/users");
  revalidatePath(`/users/${id}`);
}

export const createUserAction = authedFormAction(
  createUserSchema,
  { roles: ADMIN_ONLY },
  async (input, { actor }) => {
    const user = await createUser(db, actor, input);
    revalidatePath("/users");
    redirect(`/users/${user.id}?created=1`);
  },
);

export const updateUserAction = authedFormAction(
  updateUserSchema,
  { roles: ADMIN_ONLY },
  async (input, { actor }) => {
    await updateUser(db, actor, input);
    revalidateUser(input.id);
    redirect(`/users/${input.id}?saved=1`);
  },
);

export const resetUserPasswordAction = authedFormAction(
  resetUserPasswordSchema,
  { roles: ADMIN_ONLY },
  async (input, { actor }) => {
    await resetUserPassword(db, actor, input);
    revalidateUser(input.id);
    return { ok: true };
  },
);

export const disableUserAction = authedAction(
  userIdSchema,
  { roles: ADMIN_ONLY },
  async ({ id }, { actor }) => {
    const changed = await disableUser(db, actor, id);
    revalidateUser(id);
    return { changed };
  },
);

export const enableUserAction = authedAction(
  userIdSchema,
  { roles: ADMIN_ONLY },
  async ({ id }, { actor }) => {
    const changed = await enableUser(db, actor, id);
    revalidateUser(id);
    return { changed };
  },
);

/** Anyone signed in: their own language and time zone. */
export const updatePreferencesAction = authedFormAction(preferencesSchema, {}, async (input, { actor }) => {
  await updateOwnPreferences(db, actor, input);
  // Also remembered by the browser, so the sign-in page speaks the same language after signing out.
  (await cookies()).set(localeCookie, input.locale, {
    path: "/",
    sameSite: "lax",
    maxAge: 60 * 60 * 24 * 365,
  });
  // Every page's strings and dates depend on these settings.
  revalidatePath("/", "layout");
  return { ok: true };
});
