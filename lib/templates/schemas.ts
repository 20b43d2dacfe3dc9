// Inputs of the templates feature's actions and routes. Messages are keys of common.errors.
import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { OVERRIDE_INTRO_MAX, OVERRIDE_SUBJECT_MAX } from "./limits";
import { isTypeKey, type TypeKey } from "./payloads";

export const typeKeySchema = z
  .string()
  .refine(isTypeKey, { message: "notFound" })
  .transform((key) => key as TypeKey);
export const appLocaleSchema = z.enum(locales);

export { OVERRIDE_INTRO_MAX, OVERRIDE_SUBJECT_MAX } from "./limits";

export const saveOverrideSchema = z.object({
  typeKey: typeKeySchema,
  locale: appLocaleSchema,
  subject: z.string().max(OVERRIDE_SUBJECT_MAX, { message: "tooLong" }).default(""),
  intro: z.string().max(OVERRIDE_INTRO_MAX, { message: "tooLong" }).default(""),
});
export type SaveOverrideInput = z.output<typeof saveOverrideSchema>;

export const resetOverrideSchema = z.object({ typeKey: typeKeySchema, locale: appLocaleSchema });
export type ResetOverrideInput = z.output<typeof resetOverrideSchema>;

const overrideText = z
  .object({
    subject: z.string().max(OVERRIDE_SUBJECT_MAX).nullish(),
    intro: z.string().max(OVERRIDE_INTRO_MAX).nullish(),
  })
  .nullish();

/** POST /api/internal/templates/preview and the test send: the payload is checked against the type's schema afterwards. */
export const previewRequestSchema = z.object({
  typeKey: typeKeySchema,
  locale: appLocaleSchema,
  payload: z.unknown(),
  override: overrideText,
});
export type PreviewRequest = z.output<typeof previewRequestSchema>;

export const sendTestSchema = z.object({
  typeKey: typeKeySchema,
  locale: appLocaleSchema,
  payload: z.unknown(),
});
export type SendTestInput = z.output<typeof sendTestSchema>;
