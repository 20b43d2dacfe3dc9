import { z } from "zod";
import { bytes, count, detailsUrl, errorInfo, origin, person, text, timestamp } from "./blocks";
import { at, origins, pamConsole, people } from "./sample-data";
import type { CategorySamples, CategorySchemas } from "./types";

// Backups of privileged information made with the master key, and the master key ceremonies where
// guardians hold fractions of that key.
const trigger = z.enum(["scheduled", "manual"]);
const purpose = z.enum(["key-generation", "key-rotation", "key-recovery"]);

const ceremony = z.object({
  id: text(64),
  purpose,
  startedAt: timestamp,
  quorum: count.min(1),
  guardians: z.array(person).min(1).max(50),
});

const keyFraction = z.object({
  guardian: person,
  fractionNumber: count.min(1),
  fractionCount: count.min(1),
  origin,
  occurredAt: timestamp,
  detailsUrl,
});

export const passwordBackupSchemas = {
  "password-backup.backup-performed": z.object({
    backup: z.object({
      id: text(64),
      trigger,
      startedAt: timestamp,
      finishedAt: timestamp,
      items: count,
      size: bytes,
      destination: text(500),
    }),
    requestedBy: person.optional(),
    detailsUrl,
  }),
  "password-backup.ceremony-completed": z.object({
    ceremony: ceremony.extend({ completedAt: timestamp }),
    initiatedBy: person,
    detailsUrl,
  }),
  "password-backup.ceremony-started": z.object({ ceremony, initiatedBy: person, detailsUrl }),
  "password-backup.backup-error": z.object({
    backup: z.object({
      id: text(64),
      trigger,
      startedAt: timestamp,
      failedAt: timestamp,
      destination: text(500),
    }),
    error: errorInfo,
    detailsUrl,
  }),
  "password-backup.key-fraction-pdf-download": keyFraction,
  "password-backup.key-fraction-viewed": keyFraction,
} satisfies CategorySchemas<"password-backup">;

const backupUrl = `${pamConsole}/backup/BKP-20261124-01`;
const ceremonySample = {
  id: "CER-2026-04",
  purpose: "key-rotation" as const,
  startedAt: "2026-11-24T13:00:00Z",
  quorum: 3,
  guardians: [people.carla, people.rafael, people.ana, people.diana, people.bruno],
};

export const passwordBackupSamples: CategorySamples<typeof passwordBackupSchemas> = {
  "password-backup.backup-performed": {
    backup: {
      id: "BKP-20261124-01",
      trigger: "scheduled",
      startedAt: "2026-11-24T02:00:00Z",
      finishedAt: "2026-11-24T02:07:41Z",
      items: 18342,
      size: 734_003_200,
      destination: "sftp://backup-vault-02/pam/daily",
    },
    detailsUrl: backupUrl,
  },
  "password-backup.ceremony-completed": {
    ceremony: { ...ceremonySample, completedAt: "2026-11-24T14:02:10Z" },
    initiatedBy: people.carla,
    detailsUrl: `${pamConsole}/backup/ceremonies/CER-2026-04`,
  },
  "password-backup.ceremony-started": {
    ceremony: ceremonySample,
    initiatedBy: people.carla,
    detailsUrl: `${pamConsole}/backup/ceremonies/CER-2026-04`,
  },
  "password-backup.backup-error": {
    backup: {
      id: "BKP-20261124-01",
      trigger: "scheduled",
      startedAt: "2026-11-24T02:00:00Z",
      failedAt: "2026-11-24T02:03:12Z",
      destination: "sftp://backup-vault-02/pam/daily",
    },
    error: {
      code: "SFTP_QUOTA",
      message: "Remote write failed: disk quota exceeded on backup-vault-02 (/pam/daily).",
    },
    detailsUrl: backupUrl,
  },
  "password-backup.key-fraction-pdf-download": {
    guardian: people.rafael,
    fractionNumber: 2,
    fractionCount: 5,
    origin: origins.office,
    occurredAt: at,
    detailsUrl: `${pamConsole}/backup/guardians`,
  },
  "password-backup.key-fraction-viewed": {
    guardian: people.ana,
    fractionNumber: 4,
    fractionCount: 5,
    origin: origins.vpn,
    occurredAt: at,
    detailsUrl: `${pamConsole}/backup/guardians`,
  },
};
