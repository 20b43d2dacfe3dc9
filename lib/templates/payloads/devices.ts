import { z } from "zod";
import { detailsUrl, device, timestamp } from "./blocks";
import { devices, pamConsole } from "./sample-data";
import type { CategorySamples, CategorySchemas } from "./types";

// Connectivity checks over the configured ports; one check can flag several devices at once.
const port = z.number().int().min(1).max(65535);
const ports = z.array(port).min(1).max(50);

export const devicesSchemas = {
  "devices.connectivity-lost": z.object({
    devices: z
      .array(z.object({ device, ports, lostAt: timestamp }))
      .min(1)
      .max(1000),
    checkedAt: timestamp,
    detailsUrl,
  }),
  "devices.connectivity-restored": z.object({
    devices: z
      .array(z.object({ device, ports, lostAt: timestamp, restoredAt: timestamp }))
      .min(1)
      .max(1000),
    checkedAt: timestamp,
    detailsUrl,
  }),
} satisfies CategorySchemas<"devices">;

export const devicesSamples: CategorySamples<typeof devicesSchemas> = {
  "devices.connectivity-lost": {
    devices: [
      { device: devices.fw, ports: [22, 443], lostAt: "2026-11-24T13:58:00Z" },
      { device: devices.app, ports: [22], lostAt: "2026-11-24T14:01:30Z" },
    ],
    checkedAt: "2026-11-24T14:03:00Z",
    detailsUrl: `${pamConsole}/devices?status=unreachable`,
  },
  "devices.connectivity-restored": {
    devices: [
      {
        device: devices.fw,
        ports: [22, 443],
        lostAt: "2026-11-24T13:58:00Z",
        restoredAt: "2026-11-24T14:26:10Z",
      },
    ],
    checkedAt: "2026-11-24T14:27:00Z",
    detailsUrl: `${pamConsole}/devices`,
  },
};
