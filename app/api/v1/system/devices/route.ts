import { operation } from "@/lib/api/operations";
import { withApi } from "@/lib/api/with-api";
import { listDevices } from "@/lib/system/devices/queries";

// GET /api/v1/system/devices – registered devices with status, last check, latency and recent checks
export const GET = withApi(operation("listSystemDevices"), async ({ key }) => ({
  data: await listDevices(key!),
}));
