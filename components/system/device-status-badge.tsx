import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { DeviceStatusDto } from "@/lib/system/devices/queries";

const variant = { UP: "success", FAILING: "warning", LOST: "destructive", UNKNOWN: "outline" } as const;

/** A device's connectivity as a badge (the list and the device's page). */
export function DeviceStatusBadge({ status }: { status: DeviceStatusDto["status"] }) {
  const t = useTranslations("system.devices.status");
  return <Badge variant={variant[status]}>{t(status)}</Badge>;
}
