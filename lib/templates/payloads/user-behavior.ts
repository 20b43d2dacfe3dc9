import { z } from "zod";
import {
  count,
  credential,
  detailsUrl,
  device,
  origin,
  period,
  person,
  seconds,
  session,
  text,
  timestamp,
} from "./blocks";
import {
  at,
  credentials,
  devices,
  origins,
  pamConsole,
  people,
  session as sampleSession,
} from "./sample-data";
import type { CategorySamples, CategorySchemas } from "./types";

// User behaviour analytics: what was observed, what is usual for that user or credential, and a
// risk score (0–100) from the UBA module.
const base = { user: person, detectedAt: timestamp, riskScore: count.max(100), detailsUrl };
const usualLocations = z.array(text(120)).max(20);
const usualHours = text(120);

export const userBehaviorSchemas = {
  "user-behavior.unusual-origin-access": z.object({ ...base, session, usualLocations }),
  "user-behavior.unusual-duration-access": z.object({
    ...base,
    session,
    duration: seconds,
    averageDuration: seconds,
  }),
  "user-behavior.unusual-time-access": z.object({ ...base, session, usualHours }),
  "user-behavior.excessive-accesses": z.object({
    ...base,
    credential,
    accessCount: count,
    usualCount: count,
    window: period,
  }),
  "user-behavior.unusual-accesses": z.object({
    ...base,
    device,
    origin,
    accessedAt: timestamp,
    unusualFactors: z
      .array(z.enum(["time", "user", "ip"]))
      .min(1)
      .max(3),
  }),
  "user-behavior.excessive-views": z.object({
    ...base,
    credential,
    viewCount: count,
    usualCount: count,
    window: period,
  }),
  "user-behavior.unusual-time-views": z.object({ ...base, credential, viewedAt: timestamp, usualHours }),
  "user-behavior.unusual-credential-views": z.object({ ...base, credential, viewedAt: timestamp }),
  "user-behavior.unusual-origin-views": z.object({ ...base, credential, origin, usualLocations }),
  "user-behavior.new-geoip-login": z.object({
    ...base,
    origin,
    previousLocation: text(120).optional(),
    loggedInAt: timestamp,
  }),
  "user-behavior.unauthorized-geoip-login": z.object({
    ...base,
    origin,
    allowedCountries: z.array(text(60)).max(250),
    blocked: z.boolean(),
    attemptedAt: timestamp,
  }),
} satisfies CategorySchemas<"user-behavior">;

const sample = {
  user: people.bruno,
  detectedAt: at,
  riskScore: 72,
  detailsUrl: `${pamConsole}/uba/alerts/88121`,
};
const window = { from: "2026-11-24T13:00:00Z", to: "2026-11-24T14:00:00Z" };
const offHours = { ...sampleSession, startedAt: "2026-11-24T05:12:33Z" };

export const userBehaviorSamples: CategorySamples<typeof userBehaviorSchemas> = {
  "user-behavior.unusual-origin-access": {
    ...sample,
    session: { ...sampleSession, origin: origins.abroad },
    usualLocations: ["São Paulo, BR", "Campinas, BR"],
  },
  "user-behavior.unusual-duration-access": {
    ...sample,
    riskScore: 48,
    session: sampleSession,
    duration: 19_800,
    averageDuration: 2_700,
  },
  "user-behavior.unusual-time-access": {
    ...sample,
    riskScore: 55,
    session: offHours,
    usualHours: "08:00–19:00, Mon–Fri (America/Sao_Paulo)",
  },
  "user-behavior.excessive-accesses": {
    ...sample,
    credential: credentials.root,
    accessCount: 37,
    usualCount: 4,
    window,
  },
  "user-behavior.unusual-accesses": {
    ...sample,
    device: devices.dc,
    origin: origins.vpn,
    accessedAt: "2026-11-24T03:47:10Z",
    unusualFactors: ["time", "ip"],
  },
  "user-behavior.excessive-views": {
    ...sample,
    credential: credentials.admin,
    viewCount: 22,
    usualCount: 2,
    window,
  },
  "user-behavior.unusual-time-views": {
    ...sample,
    riskScore: 51,
    credential: credentials.oracle,
    viewedAt: "2026-11-24T04:58:02Z",
    usualHours: "08:00–19:00, Mon–Fri (America/Sao_Paulo)",
  },
  "user-behavior.unusual-credential-views": { ...sample, credential: credentials.admin, viewedAt: at },
  "user-behavior.unusual-origin-views": {
    ...sample,
    credential: credentials.oracle,
    origin: origins.abroad,
    usualLocations: ["São Paulo, BR"],
  },
  "user-behavior.new-geoip-login": {
    ...sample,
    riskScore: 40,
    origin: { ip: "198.51.100.140", location: "Lisbon, PT" },
    previousLocation: "São Paulo, BR",
    loggedInAt: at,
  },
  "user-behavior.unauthorized-geoip-login": {
    ...sample,
    riskScore: 95,
    origin: origins.abroad,
    allowedCountries: ["Brazil", "Portugal", "United States"],
    blocked: true,
    attemptedAt: at,
  },
};
