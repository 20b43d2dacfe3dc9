import { z } from "zod";
import { detailsUrl, origin, person, text, timestamp } from "./blocks";
import { at, origins, pamConsole, people } from "./sample-data";
import type { CategorySamples, CategorySchemas } from "./types";

// Protected information: secrets that are not credentials (files, keys, notes) kept in the vault.
const information = z.object({
  name: text(200),
  contentType: z.enum(["password", "file", "text", "key"]),
  folder: text(200),
});

export const protectedInformationSchemas = {
  "protected-information.changed": z.object({
    information,
    changedBy: person,
    occurredAt: timestamp,
    detailsUrl,
  }),
  "protected-information.expired": z.object({ information, owner: person, expiredAt: timestamp, detailsUrl }),
  "protected-information.viewed": z.object({
    information,
    viewedBy: person,
    origin,
    occurredAt: timestamp,
    justification: text(2000).optional(),
    detailsUrl,
  }),
} satisfies CategorySchemas<"protected-information">;

const info = {
  name: "SWIFT Alliance – HSM PIN envelope",
  contentType: "file" as const,
  folder: "Treasury / SWIFT",
};
const infoUrl = `${pamConsole}/protected-information/552`;

export const protectedInformationSamples: CategorySamples<typeof protectedInformationSchemas> = {
  "protected-information.changed": {
    information: info,
    changedBy: people.carla,
    occurredAt: at,
    detailsUrl: infoUrl,
  },
  "protected-information.expired": {
    information: { ...info, name: "Open Finance – client secret", contentType: "key" },
    owner: people.rafael,
    expiredAt: "2026-11-24T00:00:00Z",
    detailsUrl: infoUrl,
  },
  "protected-information.viewed": {
    information: info,
    viewedBy: people.diana,
    origin: origins.office,
    occurredAt: at,
    justification: "Quarterly HSM PIN verification with Treasury.",
    detailsUrl: infoUrl,
  },
};
