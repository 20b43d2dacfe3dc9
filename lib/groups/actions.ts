"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authedAction, authedFormAction } from "@/lib/actions/authed-action";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { addGroupMembers, removeGroupMember } from "./members";
import {
  addGroupMembersSchema,
  createGroupSchema,
  groupIdSchema,
  removeGroupMemberSchema,
  updateGroupSchema,
} from "./schemas";
import { createGroup, deleteGroup, updateGroup } from "./service";

function revalidateGroup(id: string) {
  revalidatePath("/groups");
  revalidatePath(`/groups/${id}`);
}

export const createGroupAction = authedFormAction(
  createGroupSchema,
  { roles: ADMIN_ONLY },
  async (input, { actor }) => {
    const group = await createGroup(db, actor, input);
    revalidatePath("/groups");
    redirect(`/groups/${group.id}`);
  },
);

export const updateGroupAction = authedFormAction(
  updateGroupSchema,
  { roles: ADMIN_ONLY },
  async (input, { actor }) => {
    await updateGroup(db, actor, input);
    revalidateGroup(input.id);
    return { ok: true };
  },
);

export const deleteGroupAction = authedAction(
  groupIdSchema,
  { roles: ADMIN_ONLY },
  async ({ id }, { actor }) => {
    await deleteGroup(db, actor, id);
    revalidatePath("/groups");
    // Users' pages list their groups.
    revalidatePath("/users", "layout");
    // Straight to the list: re-rendering the deleted group's page would answer 404.
    redirect("/groups");
  },
);

export const addGroupMembersAction = authedAction(
  addGroupMembersSchema,
  { roles: ADMIN_ONLY },
  async (input, { actor }) => {
    const result = await addGroupMembers(db, actor, input);
    revalidateGroup(input.groupId);
    return result;
  },
);

export const removeGroupMemberAction = authedAction(
  removeGroupMemberSchema,
  { roles: ADMIN_ONLY },
  async (input, { actor }) => {
    const result = await removeGroupMember(db, actor, input);
    revalidateGroup(input.groupId);
    return result;
  },
);
