// Validation for external contacts. Messages are keys of common.errors.*. Pure (no "server-only").
import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { withQuietHours } from "@/lib/subscriptions/quiet-hours";
import { isSupportedTimeZone } from "@/lib/users/time-zones";
import { contactStatuses } from "./values";

export const contactEmailSchema = z
  .string("required")
  .trim()
  .min(1, { error: "required", abort: true })
  .max(254, { error: "tooLong", abort: true })
  .toLowerCase()
  .email("invalidEmail");

const contactFields = {
  name: z.string("required").trim().min(1, "required").max(120, "tooLong"),
  email: contactEmailSchema,
  locale: z.enum(locales, "invalidChoice"),
  timeZone: z.string("required").refine(isSupportedTimeZone, "invalidTimeZone"),
  digestHour: z.coerce.number("invalidHour").int("invalidHour").min(0, "invalidHour").max(23, "invalidHour"),
};

/** Both contact forms also set quiet hours (output: quietStart/quietEnd, or null when off). */
export const createContactSchema = withQuietHours(contactFields);
export type CreateContactInput = z.infer<typeof createContactSchema>;

export const updateContactSchema = withQuietHours({ id: z.uuid("notFound"), ...contactFields });
export type UpdateContactInput = z.infer<typeof updateContactSchema>;

export const contactIdSchema = z.object({ id: z.uuid("notFound") });

export { contactStatuses } from "./values";

/** The contacts list's URL search params; anything malformed falls back to the default. */
export const contactListParamsSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  status: z.enum(["all", ...contactStatuses]).catch("all"),
  page: z.coerce.number().int().min(1).catch(1),
});
export type ContactListParams = z.infer<typeof contactListParamsSchema>;
