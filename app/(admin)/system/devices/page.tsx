import type { Metadata, Route } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DeleteDeviceButton } from "@/components/system/delete-device-button";
import { DeviceForm } from "@/components/system/device-form";
import { DeviceStatusBadge } from "@/components/system/device-status-badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import { requirePage } from "@/lib/auth/viewer";
import { listDevices } from "@/lib/system/devices/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("system");
  return { title: t("devices.title") };
}

// ADMIN and AUDITOR see the devices; only an ADMIN registers, edits (on the device's page) or removes
// them (the actions check too).
export default async function DevicesPage() {
  const viewer = await requirePage("/system/devices");
  const [devices, t, format] = await Promise.all([
    listDevices(viewer),
    getTranslations("system"),
    getFormatter(),
  ]);
  const canManage = viewer.role === "ADMIN";
  const when = (iso: string | null) =>
    iso ? format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "medium" }) : "—";
  return (
    <div className="grid gap-6">
      <PageHeader title={t("devices.title")} description={t("devices.description")} />
      {canManage ? (
        <Card>
          <CardHeader>
            <CardTitle as="h2">{t("devices.form.heading")}</CardTitle>
          </CardHeader>
          <CardContent>
            <DeviceForm />
          </CardContent>
        </Card>
      ) : null}
      {devices.length === 0 ? (
        <EmptyState title={t("devices.empty.title")} description={t("devices.empty.description")} />
      ) : (
        <Table framed data-testid="devices-table">
          <TableColumns
            columns={[
              { label: t("devices.columns.name") },
              { label: t("devices.columns.target") },
              { label: t("devices.columns.status") },
              { label: t("devices.columns.lastCheck") },
              { label: t("devices.columns.latency") },
              { label: t("devices.columns.history") },
              canManage && { label: t("devices.columns.actions"), srOnly: true },
            ]}
          />
          <TableBody>
            {devices.map((device) => (
              <TableRow key={device.id}>
                <TableCell className="font-medium">
                  <Link
                    href={`/system/devices/${device.id}` as Route}
                    className="underline-offset-4 hover:underline"
                    data-testid="device-link"
                  >
                    {device.name}
                  </Link>
                </TableCell>
                <TableCell className="font-mono text-xs">
                  {device.host} : {device.ports.join(", ")}
                </TableCell>
                <TableCell>
                  <DeviceStatusBadge status={device.status} />
                  {device.lostAt ? (
                    <p className="mt-1 text-xs text-muted-foreground">
                      {t("devices.lostSince", { date: when(device.lostAt) })}
                    </p>
                  ) : null}
                </TableCell>
                <TableCell className="text-xs">{when(device.lastCheckAt)}</TableCell>
                <TableCell className="text-xs tabular-nums">
                  {device.latencyMs === null ? "—" : t("devices.latency", { ms: device.latencyMs })}
                </TableCell>
                <TableCell>
                  <ol className="flex gap-0.5" aria-label={t("devices.columns.history")}>
                    {device.history.map((check) => (
                      <li
                        key={check.at}
                        className={
                          check.ok ? "size-2.5 rounded-sm bg-success" : "size-2.5 rounded-sm bg-destructive"
                        }
                        title={`${when(check.at)} · ${check.ok ? t("devices.check.ok") : t("devices.check.failed", { count: check.failedPorts.length, ports: check.failedPorts.join(", ") })}`}
                      >
                        <span className="sr-only">
                          {check.ok
                            ? t("devices.check.ok")
                            : t("devices.check.failed", {
                                count: check.failedPorts.length,
                                ports: check.failedPorts.join(", "),
                              })}
                        </span>
                      </li>
                    ))}
                  </ol>
                </TableCell>
                {canManage ? (
                  <TableCell className="text-right">
                    <DeleteDeviceButton id={device.id} name={device.name} />
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
