"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Route } from "next";
import { z } from "zod";
import { authedAction, authedFormAction } from "@/lib/actions/authed-action";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { createContactSchema, updateContactSchema } from "./schemas";
import { createContact, setContactDisabled, updateContact } from "./service";

export const createContactAction = authedFormAction(
  createContactSchema,
  { roles: ADMIN_ONLY },
  async (input, { actor }) => {
    const { id } = await createContact(db, actor, input);
    revalidatePath("/contacts");
    redirect(`/contacts/${id}?created=1` as Route);
  },
);

export const updateContactAction = authedFormAction(
  updateContactSchema,
  { roles: ADMIN_ONLY },
  async (input, { actor }) => {
    await updateContact(db, actor, input);
    revalidatePath("/contacts");
    revalidatePath(`/contacts/${input.id}`);
    return { ok: true, message: "saved" };
  },
);

export const setContactStatusAction = authedAction(
  z.object({ id: z.uuid("notFound"), disabled: z.boolean() }),
  { roles: ADMIN_ONLY },
  async ({ id, disabled }, { actor }) => {
    const changed = await setContactDisabled(db, actor, id, disabled);
    revalidatePath("/contacts");
    revalidatePath(`/contacts/${id}`);
    return { changed };
  },
);
