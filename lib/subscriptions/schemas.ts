// Input schemas of the subscription actions, internal routes and API. Messages are keys of
// common.errors.*. Keys are checked for shape here and against the catalog by the services, so an
// unknown key is a 404 in the API rather than a vague validation error.
import { z } from "zod";
import { deliveryModes, subjectKinds } from "./types";

const key = z.string().trim().min(1, "required").max(200, "tooLong");
export const deliveryModeSchema = z.enum(deliveryModes);
export const idSchema = z.uuid({ message: "invalidId" });

export const subjectSchema = z.object({ kind: z.enum(subjectKinds), id: idSchema });

export const targetSchema = z.union([z.strictObject({ typeKey: key }), z.strictObject({ categoryKey: key })]);

// The entries of a subject's set, documented here once: the API's PUT body and its answers, the
// OpenAPI document (lib/api/operations/subscriptions.ts) and the service all use these schemas.
const documentedMode = deliveryModeSchema.meta({
  description:
    "`IMMEDIATE`: one e-mail per event. `DIGEST`: collected into the recipient's daily digest, sent at their local digest hour.",
});
const typeKeyField = key.meta({
  description: "A notification type's key.",
  examples: ["certificates.revocation"],
});
const categoryKeyField = key.meta({
  description: "A category's key: covers every type in it, including types added later.",
  examples: ["certificates"],
});

/** One entry of a subject's set (API PUT): a type or a category, and a mode (default immediate). */
export const subscriptionEntrySchema = z
  .union([
    z.strictObject({ typeKey: typeKeyField, mode: documentedMode.default("IMMEDIATE") }),
    z.strictObject({ categoryKey: categoryKeyField, mode: documentedMode.default("IMMEDIATE") }),
  ])
  .meta({
    id: "Subscription",
    description: "One notification type, or a whole category, and how it is delivered.",
  });

export const preferenceEntrySchema = z
  .strictObject({
    typeKey: typeKeyField,
    muted: z
      .boolean()
      .default(false)
      .meta({ description: "The user does not want this type. Refused (409) for mandatory types." }),
    mode: documentedMode
      .nullable()
      .default(null)
      .meta({ description: "The user's own delivery mode for this type; `null` follows the subscriptions." }),
  })
  .meta({ id: "Preference", description: "A user's own choice for one notification type." });

/**
 * PUT /api/v1/{users|groups}/{id}/subscriptions: the subject's whole set, replacing the current one.
 * `preferences`, for users only, replaces the user's preferences when present and leaves them alone
 * when absent.
 */
export const replaceSubscriptionsSchema = z
  .strictObject({
    subscriptions: z
      .array(subscriptionEntrySchema)
      .max(500, "tooMany")
      .meta({ description: "The subject's complete set; anything not listed is removed." }),
    preferences: z.array(preferenceEntrySchema).max(500, "tooMany").optional().meta({
      description:
        "Users only. When present, replaces the user's preferences; when absent, they are left alone.",
    }),
  })
  .meta({ id: "SubscriptionSet" });
export type ReplaceSubscriptionsInput = z.infer<typeof replaceSubscriptionsSchema>;

/** One toggle of the matrix: subscribe (with a mode) or unsubscribe a subject to/from a target. */
export const setSubscriptionSchema = z.object({
  subject: subjectSchema,
  target: targetSchema,
  subscribed: z.boolean(),
  mode: deliveryModeSchema.default("IMMEDIATE"),
});
export type SetSubscriptionInput = z.infer<typeof setSubscriptionSchema>;

export const setPreferenceSchema = z.object({
  recipient: z.object({ kind: z.enum(["user", "contact"]), id: idSchema }),
  typeKey: key,
  muted: z.boolean().optional(),
  mode: deliveryModeSchema.nullable().optional(),
});
export type SetPreferenceInput = z.infer<typeof setPreferenceSchema>;

export const copySubscriptionsSchema = z.object({
  from: subjectSchema,
  to: subjectSchema,
  strategy: z.enum(["merge", "replace"]).default("merge"),
});
export type CopySubscriptionsInput = z.infer<typeof copySubscriptionsSchema>;

/**
 * A bulk change: subscribe (or unsubscribe) many recipients to (from) the same targets, as one
 * transaction and one audit entry. Recipients are listed users/contacts, or every member of a group.
 */
export const bulkUpdateSchema = z.object({
  operation: z.enum(["subscribe", "unsubscribe"]),
  recipients: z.union([
    z.object({
      kind: z.enum(["user", "contact"]),
      ids: z.array(idSchema).min(1, "required").max(5000, "tooMany"),
    }),
    z.object({ kind: z.literal("group-members"), groupId: idSchema }),
  ]),
  targets: z.array(targetSchema).min(1, "required").max(200, "tooMany"),
  mode: deliveryModeSchema.default("IMMEDIATE"),
});
export type BulkUpdateInput = z.infer<typeof bulkUpdateSchema>;

/** My notifications: receive a type or not, its mode, and my digest hour. */
export const setMyDeliverySchema = z.object({ typeKey: key, receive: z.boolean() });
export const setMyModeSchema = z.object({ typeKey: key, mode: deliveryModeSchema.nullable() });
export const digestHourSchema = z.coerce
  .number({ message: "invalidHour" })
  .int("invalidHour")
  .min(0, "invalidHour")
  .max(23, "invalidHour");
export const setDigestHourSchema = z.object({ digestHour: digestHourSchema });

// Bodies of the session-authenticated JSON routes (app/api/internal/subscriptions) the UI calls.
export const toggleBodySchema = setSubscriptionSchema.omit({ subject: true });
export const preferenceBodySchema = setPreferenceSchema.omit({ recipient: true });
export const copyBodySchema = copySubscriptionsSchema.omit({ to: true });
export const myChangeBodySchema = z.union([setMyDeliverySchema, setMyModeSchema]);
