import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import type { DeviceStatusDto } from "@/lib/system/devices/queries";

const statusVariant = { UP: "success", FAILING: "warning", LOST: "destructive", UNKNOWN: "outline" } as const;

/** The devices section: each device's status, last check and latency (the devices page has the history). */
export async function DevicesOverviewSection({ devices }: { devices: DeviceStatusDto[] }) {
  const [t, format] = await Promise.all([getTranslations("system"), getFormatter()]);
  const when = (iso: string | null) =>
    iso ? format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "medium" }) : "—";
  if (devices.length === 0) {
    return <EmptyState title={t("devices.empty.title")} description={t("devices.empty.description")} />;
  }
  const count = (status: DeviceStatusDto["status"]) => devices.filter((d) => d.status === status).length;
  return (
    <>
      <p className="text-sm text-muted-foreground">
        {t("dashboard.devices.summary", {
          up: count("UP"),
          failing: count("FAILING"),
          lost: count("LOST"),
          unknown: count("UNKNOWN"),
        })}
      </p>
      <Table framed data-testid="dashboard-devices-table">
        <TableColumns
          columns={[
            { label: t("devices.columns.name") },
            { label: t("devices.columns.target") },
            { label: t("devices.columns.status") },
            { label: t("devices.columns.lastCheck") },
            { label: t("devices.columns.latency") },
          ]}
        />
        <TableBody>
          {devices.map((device) => (
            <TableRow key={device.id}>
              <TableCell className="font-medium">{device.name}</TableCell>
              <TableCell className="font-mono text-xs">
                {device.host} : {device.ports.join(", ")}
              </TableCell>
              <TableCell>
                <Badge variant={statusVariant[device.status]}>{t(`devices.status.${device.status}`)}</Badge>
              </TableCell>
              <TableCell className="text-xs">{when(device.lastCheckAt)}</TableCell>
              <TableCell className="text-xs tabular-nums">
                {device.latencyMs === null ? "—" : t("devices.latency", { ms: device.latencyMs })}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
