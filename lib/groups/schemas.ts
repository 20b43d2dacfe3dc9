// Validation for groups and memberships. Messages are keys of common.errors.*. Pure (no "server-only").
import { z } from "zod";
import { GROUP_DESCRIPTION_MAX, GROUP_NAME_MAX, MAX_MEMBERS_PER_ADD } from "./limits";

export { GROUP_DESCRIPTION_MAX, GROUP_NAME_MAX, MAX_MEMBERS_PER_ADD } from "./limits";

const idSchema = z.uuid("notFound");

const groupFields = {
  name: z.string("required").trim().min(1, "required").max(GROUP_NAME_MAX, "tooLong"),
  description: z.preprocess((value) => value ?? "", z.string().trim().max(GROUP_DESCRIPTION_MAX, "tooLong")),
};

export const createGroupSchema = z.object(groupFields);
export type CreateGroupInput = z.infer<typeof createGroupSchema>;

export const updateGroupSchema = z.object({ id: idSchema, ...groupFields });
export type UpdateGroupInput = z.infer<typeof updateGroupSchema>;

export const groupIdSchema = z.object({ id: idSchema });

export const addGroupMembersSchema = z.object({
  groupId: idSchema,
  userIds: z.array(idSchema).min(1, "required").max(MAX_MEMBERS_PER_ADD, "tooLong"),
});
export type AddGroupMembersInput = z.infer<typeof addGroupMembersSchema>;

export const removeGroupMemberSchema = z.object({ groupId: idSchema, userId: idSchema });
export type RemoveGroupMemberInput = z.infer<typeof removeGroupMemberSchema>;

/** List pages' URL search params; anything malformed falls back to the default. */
export const groupListParamsSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type GroupListParams = z.infer<typeof groupListParamsSchema>;
