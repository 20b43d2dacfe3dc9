import { z } from "zod";
import { count, detailsUrl, origin, person, text, timestamp } from "./blocks";
import { at, origins, pamConsole, people } from "./sample-data";
import type { CategorySamples, CategorySchemas } from "./types";

// A sign-in to the PAM console: who, how, from where, and how it ended.
export const authenticationSchemas = {
  "authentication.authentication-messages": z.object({
    user: person,
    outcome: z.enum(["success", "failure", "locked"]),
    method: z.enum(["password", "mfa", "ldap", "saml", "certificate"]),
    origin,
    occurredAt: timestamp,
    failureReason: text(500).optional(),
    failedAttempts: count.optional(),
    detailsUrl,
  }),
} satisfies CategorySchemas<"authentication">;

export const authenticationSamples: CategorySamples<typeof authenticationSchemas> = {
  "authentication.authentication-messages": {
    user: people.diana,
    outcome: "failure",
    method: "mfa",
    origin: origins.vpn,
    occurredAt: at,
    failureReason: "The one-time code was rejected (expired).",
    failedAttempts: 3,
    detailsUrl: `${pamConsole}/security/authentication-log?user=dwalsh`,
  },
};
