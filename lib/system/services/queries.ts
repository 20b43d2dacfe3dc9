import "server-only";
import { authorize, STAFF, type Reader } from "@/lib/auth/roles";
import { db as defaultDb, type Database } from "@/lib/db";
import { isCoolingDown, readHealth } from "@/lib/mail/health";
import { loadMailSettings } from "@/lib/mail/settings-store";
import { TRANSPORT_NAMES, transportConfiguration } from "@/lib/mail/transports";
import type { MailTransportName } from "@/lib/mail/types";
import type { ServiceState } from "@/lib/system/values";
import type { ServiceKind } from "@/generated/prisma/enums";
import { readServiceControls, type ServiceControlState } from "./control";
import { instanceState } from "./status";

/** One row of the services page: a Herald process, the database, or a mail transport. */
export interface ServiceRow {
  /** Stable key: the instance id, "database", or "transport:<NAME>". */
  id: string;
  kind: ServiceKind | "DATABASE" | "TRANSPORT";
  name: string;
  state: ServiceState;
  /** Since when it has been in this state, when known; for a mail transport, see `sinceMeaning`. */
  since: Date | null;
  /**
   * What `since` is. A transport's health keeps only its last success and last failure, not when its
   * state began, so its time is labelled as what it is rather than as "since".
   */
  sinceMeaning: "stateStart" | "lastSuccess" | "lastFailure";
  lastHeartbeatAt: Date | null;
  /** Figures shown as "label: value" (numbers, short strings, dates as ISO strings). */
  detail: Record<string, string | number | boolean | null>;
}

export interface ServicesOverview {
  rows: ServiceRow[];
  controls: ServiceControlState[];
  queue: { due: number; oldestAgeSeconds: number };
  checkedAt: Date;
}

/** Herald's own services as Appendix I states them (ADMIN, AUDITOR, or a key with system:read). */
export async function getServicesOverview(
  viewer: Reader,
  _input: Record<string, never> = {},
  db: Database = defaultDb,
): Promise<ServicesOverview> {
  authorize(viewer, STAFF, "system:read");
  const now = new Date();
  const [controls, instances, database, transports, queue] = await Promise.all([
    readServiceControls(db),
    db.serviceInstance.findMany({
      orderBy: [{ kind: "asc" }, { startedAt: "desc" }],
      select: {
        id: true,
        kind: true,
        host: true,
        pid: true,
        version: true,
        startedAt: true,
        lastHeartbeatAt: true,
        stoppedAt: true,
        detail: true,
      },
    }),
    databaseRow(db),
    transportRows(db, now),
    queueFigures(db),
  ]);
  const disabled = new Map(controls.map((control) => [control.kind as ServiceKind, control]));
  const instanceRows: ServiceRow[] = instances.map((instance) => {
    const control = disabled.get(instance.kind);
    const state = instanceState({ ...instance, disabled: control?.disabled ?? false }, now);
    const since =
      state === "DISABLED"
        ? (control?.updatedAt ?? null)
        : state === "ACTIVE"
          ? instance.startedAt
          : (instance.stoppedAt ?? instance.lastHeartbeatAt);
    return {
      id: instance.id,
      kind: instance.kind,
      name: `${instance.host} · pid ${instance.pid}`,
      state,
      since,
      sinceMeaning: "stateStart",
      lastHeartbeatAt: instance.lastHeartbeatAt,
      detail: { version: instance.version, ...flatDetail(instance.detail) },
    };
  });
  return { rows: [...instanceRows, database, ...transports], controls, queue, checkedAt: now };
}

function flatDetail(value: unknown): ServiceRow["detail"] {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const detail: ServiceRow["detail"] = {};
  for (const [key, entry] of Object.entries(value)) {
    if (entry === null || ["string", "number", "boolean"].includes(typeof entry))
      detail[key] = entry as string | number | boolean | null;
  }
  return detail;
}

async function databaseRow(db: Database): Promise<ServiceRow> {
  try {
    const [row] = await db.$queryRaw<
      { version: string; connections: bigint; size: bigint; started: Date }[]
    >`SELECT current_setting('server_version') AS version,
        (SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()) AS connections,
        pg_database_size(current_database()) AS size,
        pg_postmaster_start_time() AS started`;
    return {
      id: "database",
      kind: "DATABASE",
      name: "PostgreSQL",
      state: "ACTIVE",
      since: row?.started ?? null,
      sinceMeaning: "stateStart",
      lastHeartbeatAt: null,
      detail: {
        version: row?.version ?? null,
        connections: Number(row?.connections ?? 0),
        sizeBytes: Number(row?.size ?? 0),
      },
    };
  } catch (error) {
    return {
      id: "database",
      kind: "DATABASE",
      name: "PostgreSQL",
      state: "INACTIVE",
      since: null,
      sinceMeaning: "stateStart",
      lastHeartbeatAt: null,
      detail: { error: error instanceof Error ? error.message.split("\n")[0]! : String(error) },
    };
  }
}

async function transportRows(db: Database, now: Date): Promise<ServiceRow[]> {
  const settings = await loadMailSettings(db);
  const configured = TRANSPORT_NAMES.filter((name) => transportConfiguration(name).configured);
  return Promise.all(
    configured.map(async (name: MailTransportName): Promise<ServiceRow> => {
      const health = await readHealth(db, name);
      const cooling = isCoolingDown(health, now);
      const role =
        settings.primary === name ? "primary" : settings.secondary === name ? "secondary" : "unused";
      return {
        id: `transport:${name}`,
        kind: "TRANSPORT",
        name,
        state: cooling ? "INACTIVE" : "ACTIVE",
        since: cooling ? (health?.lastFailureAt ?? null) : (health?.lastSuccessAt ?? null),
        sinceMeaning: cooling ? "lastFailure" : "lastSuccess",
        lastHeartbeatAt: null,
        detail: {
          role,
          endpoint: transportConfiguration(name).endpoint,
          consecutiveFailures: health?.consecutiveFailures ?? 0,
          coolDownUntil: cooling ? (health?.coolDownUntil?.toISOString() ?? null) : null,
        },
      };
    }),
  );
}

async function queueFigures(db: Database) {
  const [row] = await db.$queryRaw<{ due: bigint; age: number | null }[]>`
    SELECT count(*) AS due, extract(epoch FROM now() - min("availableAt"))::float8 AS age
    FROM "Delivery" WHERE status = 'QUEUED' AND "availableAt" <= now()`;
  return { due: Number(row?.due ?? 0), oldestAgeSeconds: Math.max(0, Math.round(row?.age ?? 0)) };
}
