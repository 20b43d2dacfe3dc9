import "server-only";
import { authorize, STAFF, type Reader } from "@/lib/auth/roles";
import { db as defaultDb, type Database } from "@/lib/db";
import { listDevices, type DeviceStatusDto } from "@/lib/system/devices/queries";
import type { ListenersSnapshot } from "@/lib/system/listeners/read";
import { getListeners } from "@/lib/system/listeners/queries";
import { getResources, type ResourcesOverview } from "@/lib/system/resources/queries";
import type { ResourcesQuery } from "@/lib/system/resources/schemas";
import { getServicesOverview, type ServicesOverview } from "@/lib/system/services/queries";

/** The listeners part of the dashboard: the host's counts and build-ups, without the sockets. */
export type ListenersSummary = Omit<ListenersSnapshot, "sockets"> & { total: number };

/** Everything the system dashboard (page and PDF) shows, read once. */
export interface SystemDashboard {
  services: ServicesOverview;
  listeners: ListenersSummary;
  resources: ResourcesOverview;
  devices: DeviceStatusDto[];
}

/**
 * Services, listeners summary, resources and devices on one page (ADMIN, AUDITOR): the four system
 * pages' own queries, run side by side, so the dashboard and its PDF show exactly what those pages do.
 */
export async function getSystemDashboard(
  viewer: Reader,
  { hours }: ResourcesQuery,
  db: Database = defaultDb,
  procRoot?: string,
): Promise<SystemDashboard> {
  authorize(viewer, STAFF);
  const [services, listeners, resources, devices] = await Promise.all([
    getServicesOverview(viewer, {}, db),
    getListeners(viewer, {}, procRoot),
    getResources(viewer, { hours }, db),
    listDevices(viewer, {}, db),
  ]);
  const { available, counts, buildUps, ownersComplete, readAt, total } = listeners;
  return {
    services,
    listeners: { available, counts, buildUps, ownersComplete, readAt, total },
    resources,
    devices,
  };
}
