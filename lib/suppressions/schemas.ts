// Schemas of the suppression list. Validation messages are keys of common.errors.*.
import { z } from "zod";
import { SuppressionReason } from "@/generated/prisma/enums";
import { emailSchema } from "@/lib/users/schemas";
import { SUPPRESSION_NOTE_MAX } from "./limits";

export { SUPPRESSION_NOTE_MAX } from "./limits";

export const suppressionReasons = Object.values(SuppressionReason);

/** The list's URL search params; anything malformed falls back to the default. */
export const suppressionListParamsSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  reason: z.enum(["all", ...suppressionReasons]).catch("all"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type SuppressionListParams = z.infer<typeof suppressionListParamsSchema>;

export const liftSuppressionSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "required").max(320, "tooLong"),
});
export type LiftSuppressionInput = z.output<typeof liftSuppressionSchema>;

/**
 * An address an administrator blocks by hand (reason MANUAL). The address is normalised as users' and
 * contacts' are (trimmed, lower-cased: the table's CHECK requires it); an empty note is stored as null.
 * Control characters never get here: the action wrapper refuses them first (lib/validation/text.ts).
 */
export const addSuppressionSchema = z.object({
  email: emailSchema,
  note: z.preprocess(
    (value) => value ?? "",
    z
      .string()
      .trim()
      .max(SUPPRESSION_NOTE_MAX, "tooLong")
      .transform((note) => note || null),
  ),
});
export type AddSuppressionInput = z.output<typeof addSuppressionSchema>;
