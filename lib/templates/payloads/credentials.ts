import { z } from "zod";
import { count, credential, detailsUrl, person, report, text, timestamp } from "./blocks";
import { at, credentials, pamConsole, people, reportPeriod } from "./sample-data";
import type { CategorySamples, CategorySchemas } from "./types";

// Vault credentials: ownership and password changes as events, plus three daily reports.
export const passwordOperationsReport = report(
  z.object({
    credential,
    operation: z.enum(["viewed", "changed", "created", "expired", "change-failed"]),
    performedBy: text(120),
    at: timestamp,
  }),
  { totals: z.object({ viewed: count, changed: count, created: count, expired: count, failed: count }) },
);

export const credentialsSchemas = {
  "credentials.owner-configuration": z.object({
    credential,
    owner: person,
    previousOwner: person.optional(),
    actor: person,
    occurredAt: timestamp,
    detailsUrl,
  }),
  "credentials.password-changed": z.object({
    credential,
    changeMethod: z.enum(["manual", "automatic"]),
    changedBy: person,
    executionTemplate: text(120).optional(),
    occurredAt: timestamp,
    detailsUrl,
  }),
  "credentials.password-daily-summary": passwordOperationsReport,
  "credentials.password-expired": report(
    z.object({ credential, expiredAt: timestamp, owner: text(120) }),
    {},
  ),
  "credentials.password-viewed": report(
    z.object({ credential, viewedBy: text(120), at: timestamp, justification: text(500) }),
    {},
  ),
} satisfies CategorySchemas<"credentials">;

const reportUrl = `${pamConsole}/reports/credentials`;

export const passwordOperationsSample = {
  period: reportPeriod,
  generatedAt: "2026-11-24T03:05:00Z",
  totals: { viewed: 42, changed: 118, created: 6, expired: 3, failed: 2 },
  rows: [
    {
      credential: credentials.root,
      operation: "changed" as const,
      performedBy: "Execution module",
      at: "2026-11-23T04:00:12Z",
    },
    {
      credential: credentials.oracle,
      operation: "viewed" as const,
      performedBy: "Bruno Teixeira",
      at: "2026-11-23T13:22:40Z",
    },
    {
      credential: credentials.fw,
      operation: "change-failed" as const,
      performedBy: "Execution module",
      at: "2026-11-23T04:02:55Z",
    },
    {
      credential: credentials.admin,
      operation: "created" as const,
      performedBy: "Carla Nogueira",
      at: "2026-11-23T17:45:03Z",
    },
  ],
  reportUrl,
};

export const credentialsSamples: CategorySamples<typeof credentialsSchemas> = {
  "credentials.owner-configuration": {
    credential: credentials.oracle,
    owner: people.carla,
    previousOwner: people.rafael,
    actor: people.rafael,
    occurredAt: at,
    detailsUrl: `${pamConsole}/credentials/7741`,
  },
  "credentials.password-changed": {
    credential: credentials.root,
    changeMethod: "automatic",
    changedBy: people.svc,
    executionTemplate: "Linux – change via SSH (sudo)",
    occurredAt: at,
    detailsUrl: `${pamConsole}/credentials/7740`,
  },
  "credentials.password-daily-summary": passwordOperationsSample,
  "credentials.password-expired": {
    period: reportPeriod,
    generatedAt: "2026-11-24T03:05:00Z",
    rows: [
      { credential: credentials.fw, expiredAt: "2026-11-20T00:00:00Z", owner: "Network team" },
      { credential: credentials.admin, expiredAt: "2026-11-22T00:00:00Z", owner: "Carla Nogueira" },
    ],
    reportUrl,
  },
  "credentials.password-viewed": {
    period: reportPeriod,
    generatedAt: "2026-11-24T03:05:00Z",
    rows: [
      {
        credential: credentials.oracle,
        viewedBy: "Bruno Teixeira",
        at: "2026-11-23T13:22:40Z",
        justification: "INC-20931 listener logs",
      },
      {
        credential: credentials.admin,
        viewedBy: "Diana Walsh",
        at: "2026-11-23T19:02:11Z",
        justification: "CHG-7702 GPO update",
      },
    ],
    reportUrl,
  },
};
