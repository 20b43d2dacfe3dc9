// The subscriptions API: its zod schemas (which validate requests and document them in the OpenAPI
// document alike) and its operations. No server-only: schemas and shapes only.
import { z } from "zod";
import {
  deliveryModeSchema,
  preferenceEntrySchema,
  replaceSubscriptionsSchema,
  subscriptionEntrySchema,
} from "@/lib/subscriptions/schemas";
import { defineOperation } from "./types";

const typeKey = z
  .string()
  .min(1)
  .max(200)
  .meta({ description: "A notification type's key.", examples: ["certificates.revocation"] });

export const subjectParamsSchema = z.object({
  id: z.uuid().meta({ description: "The user's or group's id." }),
});
export const recipientsParamsSchema = z.object({ key: typeKey });

const subjectSchema = z.object({ kind: z.enum(["user", "group"]), id: z.uuid(), name: z.string() });

export const subscriptionsResponseSchema = z.object({
  data: z
    .object({
      subject: subjectSchema,
      subscriptions: z.array(subscriptionEntrySchema),
      preferences: z.array(preferenceEntrySchema).optional().meta({ description: "Users only." }),
    })
    .meta({ id: "SubjectSubscriptions" }),
});

const reasonSchema = z
  .object({
    via: z
      .enum(["direct", "group", "event"])
      .meta({ description: "The recipient's own subscription, a group's, or named by the event." }),
    target: z.enum(["type", "category"]).optional(),
    categoryKey: z.string().optional(),
    groupId: z.uuid().optional(),
    groupName: z.string().optional(),
  })
  .meta({ id: "RecipientReason", description: "One reason a recipient gets the type." });

export const recipientSchema = z
  .object({
    kind: z.enum(["user", "contact", "address"]),
    id: z.uuid().optional(),
    email: z.string(),
    name: z.string(),
    locale: z.enum(["en", "pt-BR"]),
    timeZone: z.string(),
    digestHour: z.int().min(0).max(23),
    mode: deliveryModeSchema.meta({ description: "How this recipient gets the type." }),
    reasons: z.array(reasonSchema),
  })
  .meta({ id: "Recipient" });

export const recipientsResponseSchema = z.object({
  data: z.object({
    typeKey,
    mandatory: z.boolean().meta({
      description: "Mandatory types ignore mutes and digest preferences: always delivered, immediately.",
    }),
    count: z.int().nonnegative(),
    recipients: z.array(recipientSchema),
  }),
});

const errors = [400, 401, 403, 404, 429];

export const subscriptionOperations = [
  defineOperation({
    id: "getUserSubscriptions",
    method: "get",
    path: "/users/{id}/subscriptions",
    tag: "Subscriptions",
    summary: "Get a user's subscriptions and preferences",
    description:
      "The user's own subscriptions (not those of their groups) and their preferences (mutes, mode overrides).",
    scope: "subscriptions:read",
    pathParams: subjectParamsSchema,
    response: subscriptionsResponseSchema,
    errors,
  }),
  defineOperation({
    id: "putUserSubscriptions",
    method: "put",
    path: "/users/{id}/subscriptions",
    tag: "Subscriptions",
    summary: "Replace a user's subscriptions (and preferences)",
    description:
      "Makes the user's subscriptions exactly the given set, and their preferences too when `preferences` is given. " +
      "Audited with the before and after sets. 400: invalid body or the same type/category twice; 404: unknown user, type or category; " +
      "409: muting a mandatory type or asking for it as a digest.",
    scope: "subscriptions:write",
    pathParams: subjectParamsSchema,
    body: replaceSubscriptionsSchema,
    response: subscriptionsResponseSchema,
    errors: [...errors, 409],
  }),
  defineOperation({
    id: "getGroupSubscriptions",
    method: "get",
    path: "/groups/{id}/subscriptions",
    tag: "Subscriptions",
    summary: "Get a group's subscriptions",
    description: "Every member of the group receives what the group is subscribed to.",
    scope: "subscriptions:read",
    pathParams: subjectParamsSchema,
    response: subscriptionsResponseSchema,
    errors,
  }),
  defineOperation({
    id: "putGroupSubscriptions",
    method: "put",
    path: "/groups/{id}/subscriptions",
    tag: "Subscriptions",
    summary: "Replace a group's subscriptions",
    description:
      "Makes the group's subscriptions exactly the given set. Groups have no preferences (400 if given).",
    scope: "subscriptions:write",
    pathParams: subjectParamsSchema,
    body: replaceSubscriptionsSchema,
    response: subscriptionsResponseSchema,
    errors,
  }),
  defineOperation({
    id: "getTypeRecipients",
    method: "get",
    path: "/catalog/{key}/recipients",
    tag: "Subscriptions",
    summary: "Preview who receives a notification type, and why",
    description:
      "Exactly the recipients a notification of this type would go to now (the resolver dispatch uses): one entry per person, " +
      "every reason, the delivery mode. Disabled users and contacts, mutes (except for mandatory types) and suppressed addresses are left out.",
    scope: "subscriptions:read",
    pathParams: recipientsParamsSchema,
    response: recipientsResponseSchema,
    errors,
  }),
] as const;
