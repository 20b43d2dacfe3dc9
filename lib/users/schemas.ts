// Validation for users and profile preferences. Messages are keys of common.errors.* (forms translate
// them). Pure: no "server-only", so unit tests and client code may import it.
import { z } from "zod";
import { Role } from "@/generated/prisma/enums";
import { passwordSchema } from "@/lib/auth/schemas";
import { locales } from "@/lib/i18n/locales";
import { withQuietHours } from "@/lib/subscriptions/quiet-hours";
import { isSupportedTimeZone } from "./time-zones";
import { userStatuses } from "./values";

export { roles, userStatuses, type UserStatus } from "./values";

/** Trimmed and lower-cased, as the database's CHECK constraint requires. */
export const emailSchema = z
  .string("required")
  .trim()
  .min(1, { error: "required", abort: true })
  .max(254, { error: "tooLong", abort: true })
  .toLowerCase()
  .email("invalidEmail");

const nameSchema = z.string("required").trim().min(1, "required").max(120, "tooLong");
const roleSchema = z.enum(Role, "invalidChoice");
const localeSchema = z.enum(locales, "invalidChoice");
const timeZoneSchema = z.string("required").refine(isSupportedTimeZone, "invalidTimeZone");
/** A missing password reads as empty, so it gets the policy's message rather than a type error. */
const newPasswordSchema = z.preprocess((value) => value ?? "", passwordSchema);
const idSchema = z.uuid("notFound");

const userFields = {
  name: nameSchema,
  email: emailSchema,
  role: roleSchema,
  locale: localeSchema,
  timeZone: timeZoneSchema,
};

export const createUserSchema = z.object({ ...userFields, password: newPasswordSchema });
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** The admin's edit form, which also sets the user's quiet hours (output: quietStart/quietEnd or null). */
export const updateUserSchema = withQuietHours({ id: idSchema, ...userFields });
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const resetUserPasswordSchema = z.object({ id: idSchema, password: newPasswordSchema });
export type ResetUserPasswordInput = z.infer<typeof resetUserPasswordSchema>;

export const userIdSchema = z.object({ id: idSchema });

export const preferencesSchema = z.object({ locale: localeSchema, timeZone: timeZoneSchema });
export type PreferencesInput = z.infer<typeof preferencesSchema>;

/** The users list's URL search params. Anything malformed falls back to the default instead of failing. */
export const userListParamsSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  role: roleSchema.optional().catch(undefined),
  status: z.enum(userStatuses).optional().catch(undefined),
  sort: z.enum(["name", "created"]).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type UserListParams = z.infer<typeof userListParamsSchema>;
