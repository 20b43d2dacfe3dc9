import { z } from "zod";
import {
  application,
  code,
  credential,
  detailsUrl,
  errorInfo,
  httpUrl,
  person,
  seconds,
  text,
  timestamp,
  version,
  workstation,
} from "./blocks";
import { at, credentials, pamConsole, people, workstation as sampleWorkstation } from "./sample-data";
import type { CategorySamples, CategorySchemas } from "./types";

// senhasegura.go on Windows and Linux endpoints: elevation, credential use, file-system scans and the
// agent's own life cycle (versions, registration, offline mode).
const onWorkstation = { workstation, occurredAt: timestamp, detailsUrl };
const byUser = { ...onWorkstation, user: person };
const scan = z.object({
  ...onWorkstation,
  scan: z.object({ rootPath: code(1024), policy: text(200) }),
  items: z
    .array(z.object({ path: code(1024), permission: text(200) }))
    .min(1)
    .max(1000),
});
const versionDecision = z.object({ version, decidedBy: person, occurredAt: timestamp, detailsUrl });

export const workstationSchemas = {
  "workstation.application-completed": z.object({
    ...byUser,
    application,
    exitCode: z.number().int(),
    duration: seconds,
  }),
  "workstation.application-started": z.object({ ...byUser, application }),
  "workstation.control-panel": z.object({ ...byUser, applet: text(200) }),
  "workstation.copy-password": z.object({ ...byUser, credential }),
  "workstation.network-credential-use": z.object({ ...byUser, credential, sharePath: code(1024) }),
  "workstation.scan-change": scan,
  "workstation.scan-exclusion": scan,
  "workstation.scan-inclusion": scan,
  "workstation.client-download": z.object({ ...onWorkstation, version }),
  "workstation.credentials-error": z.object({ ...byUser, error: errorInfo }),
  "workstation.go-offline": z.object({ ...byUser, offlineUntil: timestamp.optional() }),
  "workstation.go-online": z.object({ ...byUser, offlineSince: timestamp }),
  "workstation.macro": z.object({ ...byUser, macro: text(200), targetApplication: text(200) }),
  "workstation.network-adapter": z.object({ ...byUser, adapter: text(200) }),
  "workstation.network-share": z.object({ ...byUser, sharePath: code(1024) }),
  "workstation.new-version": z.object({ version, releaseNotesUrl: httpUrl.optional(), detailsUrl }),
  "workstation.runas": z.object({ ...byUser, application }),
  "workstation.version-approved": versionDecision,
  "workstation.version-disabled": versionDecision,
  "workstation.version-installed": z.object({ ...onWorkstation, version, previousVersion: text(40) }),
  "workstation.uninstall": z.object({ ...byUser, application }),
  "workstation.untrusted-dll": z.object({
    ...byUser,
    application,
    dll: z.object({ path: code(1024), sha256: code(64) }),
    blocked: z.boolean(),
  }),
  "workstation.user-approved": z.object({ ...onWorkstation, localUser: text(200), approvedBy: person }),
  "workstation.uac": z.object({ ...byUser, application }),
  "workstation.view-password": z.object({ ...byUser, credential }),
  "workstation.workstation-approved": z.object({ ...onWorkstation, approvedBy: person }),
  "workstation.registration": z.object({
    ...onWorkstation,
    requestedBy: text(200),
    approveUrl: httpUrl.optional(),
  }),
} satisfies CategorySchemas<"workstation">;

const where = {
  workstation: sampleWorkstation,
  occurredAt: at,
  detailsUrl: `${pamConsole}/go/workstations/WKS-FIN-0142`,
};
const who = { ...where, user: people.ana };
const mmc = {
  name: "Microsoft Management Console",
  path: "C:\\Windows\\System32\\mmc.exe",
  publisher: "Microsoft Windows",
};
const sqlDev = {
  name: "SQL Server Management Studio",
  path: "C:\\Program Files\\SSMS 20\\Ssms.exe",
  publisher: "Microsoft Corporation",
};
const goVersion = { number: "3.33.0", releasedAt: "2026-11-20T12:00:00Z" };
const scanSample = {
  ...where,
  scan: { rootPath: "D:\\Finance\\Closing", policy: "Finance – restricted shares" },
  items: [
    { path: "D:\\Finance\\Closing\\2026-11", permission: "FIN-Closing-RW: Modify" },
    { path: "D:\\Finance\\Closing\\Payroll", permission: "HR-Payroll-RO: Read" },
  ],
};
const decision = {
  version: goVersion,
  decidedBy: people.carla,
  occurredAt: at,
  detailsUrl: `${pamConsole}/go/versions/3.33.0`,
};

export const workstationSamples: CategorySamples<typeof workstationSchemas> = {
  "workstation.application-completed": { ...who, application: sqlDev, exitCode: 0, duration: 1_840 },
  "workstation.application-started": { ...who, application: sqlDev },
  "workstation.control-panel": { ...who, applet: "Windows Defender Firewall (firewall.cpl)" },
  "workstation.copy-password": { ...who, credential: credentials.admin },
  "workstation.network-credential-use": {
    ...who,
    credential: credentials.admin,
    sharePath: "\\\\fs01\\finance$",
  },
  "workstation.scan-change": scanSample,
  "workstation.scan-exclusion": scanSample,
  "workstation.scan-inclusion": scanSample,
  "workstation.client-download": { ...where, version: goVersion },
  "workstation.credentials-error": {
    ...who,
    error: {
      code: "HTTP_503",
      message: "The backoffice did not answer (503 Service Unavailable) after 3 attempts.",
    },
  },
  "workstation.go-offline": { ...who, offlineUntil: "2026-11-24T22:00:00Z" },
  "workstation.go-online": { ...who, offlineSince: "2026-11-24T09:15:00Z" },
  "workstation.macro": { ...who, macro: "Month-end ERP export", targetApplication: "SAP GUI for Windows" },
  "workstation.network-adapter": { ...who, adapter: "Ethernet 2 (Intel I219-LM)" },
  "workstation.network-share": { ...who, sharePath: "\\\\fs02\\treasury$\\reports" },
  "workstation.new-version": {
    version: goVersion,
    releaseNotesUrl: `${pamConsole}/go/versions/3.33.0/notes`,
    detailsUrl: `${pamConsole}/go/versions`,
  },
  "workstation.runas": { ...who, application: mmc },
  "workstation.version-approved": decision,
  "workstation.version-disabled": {
    ...decision,
    version: { number: "3.32.1", releasedAt: "2026-10-02T12:00:00Z" },
  },
  "workstation.version-installed": { ...where, version: goVersion, previousVersion: "3.32.0.14" },
  "workstation.uninstall": {
    ...who,
    application: {
      name: "AnyDesk",
      path: "C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe",
      publisher: "AnyDesk Software GmbH",
    },
  },
  "workstation.untrusted-dll": {
    ...who,
    application: sqlDev,
    dll: {
      path: "C:\\Users\\asouza\\AppData\\Local\\Temp\\version.dll",
      sha256: "c7a1f09e3b5d28e64f0a9c1b7d3e5f8a2b4c6d9e0f1a3b5c7d9e2f4a6b8c0d1e",
    },
    blocked: true,
  },
  "workstation.user-approved": { ...where, localUser: "WKS-FIN-0142\\asouza", approvedBy: people.carla },
  "workstation.uac": { ...who, application: mmc },
  "workstation.view-password": { ...who, credential: credentials.admin },
  "workstation.workstation-approved": { ...where, approvedBy: people.carla },
  "workstation.registration": {
    ...where,
    requestedBy: "CORP\\asouza",
    approveUrl: `${pamConsole}/go/workstations/pending/WKS-FIN-0142`,
  },
};
