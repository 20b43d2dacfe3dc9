import { z } from "zod";
import {
  bytes,
  code,
  count,
  detailsUrl,
  device,
  httpUrl,
  person,
  seconds,
  session,
  timestamp,
} from "./blocks";
import { devices, pamConsole, people, session as sampleSession } from "./sample-data";
import type { CategorySamples, CategorySchemas } from "./types";

// Proxy sessions: start and end, the recording's text index and video, and tampering with the audit file.
export const remoteSessionSchemas = {
  "remote-session.video-requested": z.object({
    session,
    requestedBy: person,
    requestedAt: timestamp,
    detailsUrl,
  }),
  "remote-session.text-indexed": z.object({ session, indexedAt: timestamp, commandCount: count, detailsUrl }),
  "remote-session.file-modified": z.object({
    session,
    file: z.object({ path: code(1024), expectedSha256: code(64), actualSha256: code(64) }),
    detectedAt: timestamp,
    detailsUrl,
  }),
  "remote-session.started": z.object({ session, device, detailsUrl }),
  "remote-session.terminated": z.object({
    session,
    endedAt: timestamp,
    duration: seconds,
    endReason: z.enum(["user-logout", "idle-timeout", "terminated-by-admin", "connection-lost"]),
    detailsUrl,
  }),
  "remote-session.video-ready": z.object({
    session,
    videoLength: seconds,
    size: bytes,
    availableUntil: timestamp,
    downloadUrl: httpUrl,
  }),
} satisfies CategorySchemas<"remote-session">;

const sessionUrl = `${pamConsole}/sessions/${sampleSession.id}`;

export const remoteSessionSamples: CategorySamples<typeof remoteSessionSchemas> = {
  "remote-session.video-requested": {
    session: sampleSession,
    requestedBy: people.diana,
    requestedAt: "2026-11-24T15:10:00Z",
    detailsUrl: sessionUrl,
  },
  "remote-session.text-indexed": {
    session: sampleSession,
    indexedAt: "2026-11-24T14:40:22Z",
    commandCount: 184,
    detailsUrl: sessionUrl,
  },
  "remote-session.file-modified": {
    session: sampleSession,
    file: {
      path: "/var/lib/senhasegura/sessions/2026/11/24/SES-2026-118274.log",
      expectedSha256: "9f2c4be1a07d3e55c1f08a6b2e47d91c0a5f3b6e8d2c7a914f0e6b3d5c8a1f27",
      actualSha256: "1b7e0d94c3a6f25e8b0c4d71a9e3f6b2c5d8e0a17f4b9c3e6d2a5f8b1c0e7d39",
    },
    detectedAt: "2026-11-24T16:20:05Z",
    detailsUrl: sessionUrl,
  },
  "remote-session.started": { session: sampleSession, device: devices.db, detailsUrl: sessionUrl },
  "remote-session.terminated": {
    session: sampleSession,
    endedAt: "2026-11-24T14:32:51Z",
    duration: 3104,
    endReason: "user-logout",
    detailsUrl: sessionUrl,
  },
  "remote-session.video-ready": {
    session: sampleSession,
    videoLength: 3104,
    size: 268_435_456,
    availableUntil: "2026-12-01T15:12:00Z",
    downloadUrl: `${sessionUrl}/video.mp4`,
  },
};
