import "server-only";
import type { z } from "zod";
import type { devicesResponseSchema } from "@/lib/api/operations/system";
import { authorize, STAFF, type Reader } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import type { DbOrTx } from "@/lib/db/transaction";

/** Checks shown per device. */
const HISTORY = 10;

export type DeviceStatusDto = z.output<typeof devicesResponseSchema>["data"][number];

/** Every registered device with its connectivity and latest checks (ADMIN, AUDITOR, system:read). */
export async function listDevices(
  viewer: Reader,
  _input: Record<string, never> = {},
  db: DbOrTx = defaultDb,
): Promise<DeviceStatusDto[]> {
  authorize(viewer, STAFF, "system:read");
  const devices = await db.device.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      host: true,
      ports: true,
      failureThreshold: true,
      state: { select: { consecutiveFailures: true, lost: true, lostAt: true, lastCheckAt: true } },
      checks: {
        orderBy: { at: "desc" },
        take: HISTORY,
        select: { at: true, ok: true, latencyMs: true, failedPorts: true },
      },
    },
  });
  return devices.map((device) => ({
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
  }));
}
