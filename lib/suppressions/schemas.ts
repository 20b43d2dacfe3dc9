// Schemas of the suppression list. Validation messages are keys of common.errors.*.
import { z } from "zod";
import { SuppressionReason } from "@/generated/prisma/enums";

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
