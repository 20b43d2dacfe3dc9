// The system status API (issue [6/8]): what a monitoring tool scrapes. Schemas document the answers
// in the OpenAPI document; the routes under app/api/v1/system/* take these operations.
import { z } from "zod";
import { ServiceKind } from "@/generated/prisma/enums";
import { serviceStateValues, tcpStateValues } from "@/lib/system/values";
import { listenerFiltersSchema } from "@/lib/system/listeners/schemas";
import { resourcesQuerySchema } from "@/lib/system/resources/schemas";
import { defineOperation } from "./types";

const timestamp = z.iso.datetime({ offset: true });
const tcpState = z.enum(tcpStateValues).meta({ description: "The TCP state as Appendix I names it." });

const listenerSocketSchema = z.object({
  family: z.enum(["tcp", "tcp6"]),
  localAddress: z.string().meta({ examples: ["127.0.0.1", "::"] }),
  localPort: z.number().int(),
  remoteAddress: z.string(),
  remotePort: z.number().int(),
  state: tcpState,
  description: z.string().meta({ description: "Appendix I's description of the state (English)." }),
  uid: z.number().int(),
  inode: z.number().int(),
  owner: z
    .object({ pid: z.number().int(), name: z.string() })
    .nullable()
    .meta({ description: "The owning process, when Herald may read it; null otherwise." }),
});

export const listenersResponseSchema = z.object({
  data: z.object({
    available: z.boolean().meta({
      description: "False when the host has no /proc/net/tcp or tcp6 (not Linux, or /proc not mounted).",
    }),
    readAt: timestamp,
    total: z.number().int().meta({ description: "Every socket on the host, before the filters." }),
    counts: z
      .record(z.enum(tcpStateValues), z.number().int())
      .meta({ description: "Sockets per state, over every socket (filters aside)." }),
    buildUps: z
      .array(
        z.object({
          state: z.enum(["FIN-WAIT-2", "CLOSE-WAIT", "TIME-WAIT"]),
          count: z.number().int(),
          threshold: z.number().int(),
        }),
      )
      .meta({ description: "Closing states whose count reached the threshold that flags a build-up." }),
    ownersComplete: z.boolean().meta({ description: "False when the owner lookup stopped at its bound." }),
    sockets: z.array(listenerSocketSchema),
  }),
});

const percentValue = z.number().min(0).max(100);

export const resourcesResponseSchema = z.object({
  data: z.object({
    hours: z.number().int(),
    bucketSeconds: z
      .number()
      .int()
      .meta({ description: "Each point averages the samples of this many seconds." }),
    latest: z
      .object({
        host: z.string(),
        at: timestamp,
        cpuPercent: percentValue,
        memoryPercent: percentValue,
        diskFreePercent: percentValue,
        diskFreeBytes: z.number().int(),
        diskTotalBytes: z.number().int(),
        volume: z.string(),
      })
      .nullable()
      .meta({ description: "The last sample; null before the first one." }),
    points: z.array(
      z.object({ at: timestamp, cpu: percentValue, memory: percentValue, diskFree: percentValue }),
    ),
    thresholds: z.array(
      z.object({
        key: z.string().meta({ description: "The Monitoring notification type the rule fires." }),
        metric: z.enum(["cpu", "memory", "disk"]),
        direction: z.enum(["above", "below"]),
        level: percentValue,
        sustainForSeconds: z.number().int(),
        hysteresisPoints: z
          .number()
          .int()
          .meta({ description: "Points the reading must move back past the level before the rule re-arms." }),
        fired: z.boolean().meta({
          description:
            "Fired and not re-armed yet (the reading has not cleared the level by the hysteresis margin).",
        }),
      }),
    ),
  }),
});

export const devicesResponseSchema = z.object({
  data: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      host: z.string(),
      ports: z.array(z.number().int()),
      failureThreshold: z
        .number()
        .int()
        .meta({ description: "Consecutive failed checks before the device counts as lost." }),
      status: z.enum(["UNKNOWN", "UP", "FAILING", "LOST"]).meta({
        description:
          "UNKNOWN: never checked; UP: the last check connected every port; FAILING: failing, not yet lost; LOST: lost of connectivity notified.",
      }),
      consecutiveFailures: z.number().int(),
      lostAt: timestamp.nullable(),
      lastCheckAt: timestamp.nullable(),
      latencyMs: z.number().int().nullable().meta({ description: "The last check's slowest connect." }),
      history: z
        .array(
          z.object({
            at: timestamp,
            ok: z.boolean(),
            latencyMs: z.number().int().nullable(),
            failedPorts: z.array(z.number().int()),
          }),
        )
        .meta({ description: "The latest checks, newest first." }),
    }),
  ),
});

export const servicesResponseSchema = z.object({
  data: z.object({
    checkedAt: timestamp,
    services: z.array(
      z.object({
        id: z.string().meta({
          description: 'The instance id, "database", or "transport:<NAME>".',
          examples: ["database", "transport:SMTP"],
        }),
        kind: z.enum([...Object.values(ServiceKind), "DATABASE", "TRANSPORT"]),
        name: z.string(),
        state: z.enum(serviceStateValues).meta({ description: "The service state as Appendix I names it." }),
        description: z.string().meta({ description: "Appendix I's description of the state (English)." }),
        since: timestamp
          .nullable()
          .meta({ description: "Since when it has been in this state, when known." }),
        lastHeartbeatAt: timestamp
          .nullable()
          .meta({ description: "Herald processes only: their last heartbeat in PostgreSQL." }),
        detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).meta({
          description:
            "Figures by kind: version and worker counters; PostgreSQL version, connections and size; a transport's role, consecutive failures and cool-down.",
        }),
      }),
    ),
    controls: z
      .array(
        z.object({
          kind: z.enum(["WORKER", "SCHEDULER"]),
          disabled: z.boolean(),
          updatedAt: timestamp.nullable(),
        }),
      )
      .meta({ description: "The administrator's switch for the workers and the scheduler." }),
    queue: z.object({
      due: z.number().int().meta({ description: "Deliveries waiting to be sent (queued and due now)." }),
      oldestAgeSeconds: z
        .number()
        .int()
        .meta({ description: "Age of the oldest due delivery (0 when none)." }),
    }),
  }),
});

export const systemOperations = [
  defineOperation({
    id: "listSystemServices",
    method: "get",
    path: "/system/services",
    tag: "System",
    summary: "Herald's own services and their state",
    description:
      "Each web instance, worker and scheduler (from their heartbeats in PostgreSQL), the database and each configured mail transport, as ACTIVE, INACTIVE or DISABLED (Appendix I), with the delivery queue's depth.",
    scope: "system:read",
    response: servicesResponseSchema,
    errors: [401, 403, 429],
  }),
  defineOperation({
    id: "listSystemListeners",
    method: "get",
    path: "/system/listeners",
    tag: "System",
    summary: "The host's TCP sockets and listeners",
    description:
      "Live sockets from /proc/net/tcp and /proc/net/tcp6 with their Appendix I state, owning process where readable, counts per state and build-up flags.",
    scope: "system:read",
    query: listenerFiltersSchema,
    response: listenersResponseSchema,
    errors: [400, 401, 403, 429],
  }),
  defineOperation({
    id: "getSystemResources",
    method: "get",
    path: "/system/resources",
    tag: "System",
    summary: "CPU, memory and disk over time, with the threshold rules",
    description:
      "The last sample, averages over the last hours (one point per bucket), and each Monitoring threshold with whether it has fired and not re-armed.",
    scope: "system:read",
    query: resourcesQuerySchema,
    response: resourcesResponseSchema,
    errors: [400, 401, 403, 429],
  }),
  defineOperation({
    id: "listSystemDevices",
    method: "get",
    path: "/system/devices",
    tag: "System",
    summary: "Registered devices and their connectivity",
    description:
      "Each device Herald probes with TCP connects: status, last check, latency and the latest checks.",
    scope: "system:read",
    response: devicesResponseSchema,
    errors: [401, 403, 429],
  }),
] as const;
