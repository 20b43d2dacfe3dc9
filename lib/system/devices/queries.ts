import "server-only";
import type { z } from "zod";
import type { devicesResponseSchema } from "@/lib/api/operations/system";
import { authorize, STAFF, type Reader } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import type { DbOrTx } from "@/lib/db/transaction";
import { isUuid } from "@/lib/validation/uuid";

/** Checks shown per device in the list, and on a device's own page. */
const LIST_HISTORY = 10;
const DETAIL_HISTORY = 30;

export type DeviceStatusDto = z.output<typeof devicesResponseSchema>["data"][number];

/** A device's page: the list's figures, when it was registered, and its latest checks with their error. */
export type DeviceDetail = Omit<DeviceStatusDto, "history"> & {
  createdAt: string;
  history: (DeviceStatusDto["history"][number] & { error: string | null })[];
};

const deviceSelect = (history: number) =>
  ({
    id: true,
    name: true,
    host: true,
    ports: true,
    failureThreshold: true,
    createdAt: true,
    state: { select: { consecutiveFailures: true, lost: true, lostAt: true, lastCheckAt: true } },
    checks: {
      orderBy: { at: "desc" },
      take: history,
      select: { at: true, ok: true, latencyMs: true, failedPorts: true, error: true },
    },
  }) as const;

type DeviceRow = {
  id: string;
  name: string;
  host: string;
  ports: number[];
  failureThreshold: number;
  state: { consecutiveFailures: number; lost: boolean; lostAt: Date | null; lastCheckAt: Date | null } | null;
  checks: { at: Date; ok: boolean; latencyMs: number | null; failedPorts: number[]; error: string | null }[];
};

function toDeviceDto(device: DeviceRow): DeviceStatusDto {
  return {
    id: device.id,
    name: device.name,
    host: device.host,
    ports: device.ports,
    failureThreshold: device.failureThreshold,
    status: !device.state?.lastCheckAt
      ? "UNKNOWN"
      : device.state.lost
        ? "LOST"
        : device.checks[0]?.ok
          ? "UP"
          : "FAILING",
    consecutiveFailures: device.state?.consecutiveFailures ?? 0,
    lostAt: device.state?.lostAt?.toISOString() ?? null,
    lastCheckAt: device.state?.lastCheckAt?.toISOString() ?? null,
    latencyMs: device.checks[0]?.latencyMs ?? null,
    history: device.checks.map((check) => ({
      at: check.at.toISOString(),
      ok: check.ok,
      latencyMs: check.latencyMs,
      failedPorts: check.failedPorts,
    })),
  };
}

/** Every registered device with its connectivity and latest checks (ADMIN, AUDITOR, system:read). */
export async function listDevices(
  viewer: Reader,
  _input: Record<string, never> = {},
  db: DbOrTx = defaultDb,
): Promise<DeviceStatusDto[]> {
  authorize(viewer, STAFF, "system:read");
  const devices = await db.device.findMany({ orderBy: { name: "asc" }, select: deviceSelect(LIST_HISTORY) });
  return devices.map(toDeviceDto);
}

/** One device with a longer history of checks, each with its error (ADMIN, AUDITOR); null when unknown. */
export async function getDevice(
  viewer: Reader,
  { id }: { id: string },
  db: DbOrTx = defaultDb,
): Promise<DeviceDetail | null> {
  authorize(viewer, STAFF);
  if (!isUuid(id)) return null;
  const device = await db.device.findUnique({ where: { id }, select: deviceSelect(DETAIL_HISTORY) });
  if (!device) return null;
  return {
    ...toDeviceDto(device),
    createdAt: device.createdAt.toISOString(),
    history: device.checks.map((check) => ({
      at: check.at.toISOString(),
      ok: check.ok,
      latencyMs: check.latencyMs,
      failedPorts: check.failedPorts,
      error: check.error,
    })),
  };
}
