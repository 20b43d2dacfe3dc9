import { z } from "zod";
import {
  bytes,
  detailsUrl,
  device,
  origin,
  percent,
  person,
  report,
  seconds,
  text,
  timestamp,
} from "./blocks";
import { passwordOperationsReport, passwordOperationsSample } from "./credentials";
import { at, devices, origins, pamConsole, people, reportPeriod } from "./sample-data";
import type { CategorySamples, CategorySchemas } from "./types";

// The PAM server's own resources: usage held above a threshold for a while, free disk space under
// one, and two daily reports.
const usageAlert = z.object({
  host: device,
  usage: percent,
  threshold: percent,
  sustainedFor: seconds,
  observedAt: timestamp,
  topProcesses: z
    .array(z.object({ name: text(120), usage: percent }))
    .max(10)
    .optional(),
  detailsUrl,
});

const diskAlert = z.object({
  host: device,
  volume: text(200),
  freeSpace: percent,
  threshold: percent,
  freeBytes: bytes,
  totalBytes: bytes,
  observedAt: timestamp,
  detailsUrl,
});

export const monitoringSchemas = {
  "monitoring.cpu-critical": usageAlert,
  "monitoring.cpu-high": usageAlert,
  "monitoring.password-change-daily-report": passwordOperationsReport,
  "monitoring.disk-low-high": diskAlert,
  "monitoring.disk-low-low": diskAlert,
  "monitoring.disk-low-medium": diskAlert,
  "monitoring.memory-critical": usageAlert,
  "monitoring.memory-high": usageAlert,
  "monitoring.disk-daily": report(
    z.object({ host: text(120), volume: text(200), used: percent, freeBytes: bytes, totalBytes: bytes }),
    {},
  ),
  "monitoring.dashboard-pdf-download": z.object({
    user: person,
    dashboard: text(200),
    origin,
    occurredAt: timestamp,
    detailsUrl,
  }),
} satisfies CategorySchemas<"monitoring">;

const GiB = 1024 ** 3;
const monitorUrl = `${pamConsole}/monitoring/pam-node-01`;

function usageSample(usage: number, threshold: number, processes: [string, number][]) {
  return {
    host: devices.pam,
    usage,
    threshold,
    sustainedFor: 720,
    observedAt: at,
    topProcesses: processes.map(([name, value]) => ({ name, usage: value })),
    detailsUrl: monitorUrl,
  };
}

function diskSample(freeSpace: number, threshold: number) {
  const totalBytes = 500 * GiB;
  return {
    host: devices.pam,
    volume: "/var/lib/senhasegura (session recordings)",
    freeSpace,
    threshold,
    freeBytes: Math.round((totalBytes * freeSpace) / 100),
    totalBytes,
    observedAt: at,
    detailsUrl: monitorUrl,
  };
}

export const monitoringSamples: CategorySamples<typeof monitoringSchemas> = {
  "monitoring.cpu-critical": usageSample(96.4, 90, [
    ["java (proxy)", 61.2],
    ["postgres", 18.5],
    ["ffmpeg", 9.1],
  ]),
  "monitoring.cpu-high": usageSample(78.3, 70, [
    ["java (proxy)", 44.0],
    ["postgres", 15.2],
  ]),
  "monitoring.password-change-daily-report": passwordOperationsSample,
  "monitoring.disk-low-high": diskSample(7.8, 10),
  "monitoring.disk-low-low": diskSample(27.5, 30),
  "monitoring.disk-low-medium": diskSample(18.2, 20),
  "monitoring.memory-critical": usageSample(93.1, 90, [
    ["java (proxy)", 52.3],
    ["postgres", 21.7],
  ]),
  "monitoring.memory-high": usageSample(74.6, 70, [
    ["java (proxy)", 41.8],
    ["postgres", 19.9],
  ]),
  "monitoring.disk-daily": {
    period: reportPeriod,
    generatedAt: "2026-11-24T03:05:00Z",
    rows: [
      { host: "pam-node-01", volume: "/", used: 41.2, freeBytes: 58 * GiB, totalBytes: 100 * GiB },
      {
        host: "pam-node-01",
        volume: "/var/lib/senhasegura",
        used: 72.5,
        freeBytes: 137 * GiB,
        totalBytes: 500 * GiB,
      },
      {
        host: "pam-node-02",
        volume: "/var/lib/senhasegura",
        used: 68.9,
        freeBytes: 155 * GiB,
        totalBytes: 500 * GiB,
      },
    ],
    reportUrl: `${pamConsole}/reports/disk`,
  },
  "monitoring.dashboard-pdf-download": {
    user: people.diana,
    dashboard: "Privileged sessions – last 30 days",
    origin: origins.office,
    occurredAt: at,
    detailsUrl: `${pamConsole}/dashboards/sessions`,
  },
};
