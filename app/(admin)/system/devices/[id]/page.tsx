import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { FactList, type Fact } from "@/components/history/fact-list";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { DeviceForm } from "@/components/system/device-form";
import { DeviceStatusBadge } from "@/components/system/device-status-badge";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import { requireDetail } from "@/lib/auth/require-detail";
import { STAFF } from "@/lib/auth/roles";
import { getDevice } from "@/lib/system/devices/queries";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("system.devices");
  return { title: t("detail.title") };
}

// GET /system/devices/[id] – one device: its connectivity, its latest checks with their errors, and
// (ADMIN) its name, target and failure threshold to edit; an AUDITOR sees the same form read-only.
export default async function DevicePage({ params }: { params: Params }) {
  const { viewer, detail: device } = await requireDetail(STAFF, params, (viewer, id) =>
    getDevice(viewer, { id }),
  );
  const [t, format] = await Promise.all([getTranslations("system.devices"), getFormatter()]);
  const when = (iso: string | null) =>
    iso ? format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "medium" }) : "—";
  const readOnly = viewer.role !== "ADMIN";
  const facts: Fact[] = [
    [t("columns.status"), <DeviceStatusBadge key="status" status={device.status} />],
    [
      t("columns.target"),
      <span key="target" className="font-mono text-xs">{`${device.host} : ${device.ports.join(", ")}`}</span>,
    ],
    [t("columns.lastCheck"), when(device.lastCheckAt)],
    [t("columns.latency"), device.latencyMs === null ? "—" : t("latency", { ms: device.latencyMs })],
    [
      t("detail.failures"),
      t("detail.failuresOf", { count: device.consecutiveFailures, threshold: device.failureThreshold }),
    ],
    [t("detail.lostAt"), when(device.lostAt)],
    [t("detail.createdAt"), when(device.createdAt)],
  ];

  return (
    <div className="grid gap-6">
      <div>
        <Breadcrumbs items={[{ label: t("title"), href: "/system/devices" }, { label: device.name }]} />
        <PageHeader title={device.name} description={t("detail.description")} />
      </div>
      <SectionCard title={t("detail.facts")}>
        <FactList facts={facts} labelWidth="10rem" testId="device-facts" />
      </SectionCard>
      <SectionCard
        title={t("detail.history")}
        description={t("detail.historyDescription", { count: device.history.length })}
      >
        {device.history.length === 0 ? (
          <EmptyState title={t("detail.noChecks.title")} description={t("detail.noChecks.description")} />
        ) : (
          <Table data-testid="device-checks">
            <TableColumns
              columns={[
                { label: t("detail.checkColumns.at") },
                { label: t("detail.checkColumns.result") },
                { label: t("detail.checkColumns.latency") },
                { label: t("detail.checkColumns.error") },
              ]}
            />
            <TableBody>
              {device.history.map((check) => (
                <TableRow key={check.at} data-ok={check.ok}>
                  <TableCell className="text-xs">{when(check.at)}</TableCell>
                  <TableCell>
                    <Badge variant={check.ok ? "success" : "destructive"}>
                      {check.ok
                        ? t("check.ok")
                        : t("check.failed", {
                            count: check.failedPorts.length,
                            ports: check.failedPorts.join(", "),
                          })}
                    </Badge>
                  </TableCell>
                  <TableCell className="text-xs tabular-nums">
                    {check.latencyMs === null ? "—" : t("latency", { ms: check.latencyMs })}
                  </TableCell>
                  <TableCell className="max-w-md text-xs whitespace-normal text-muted-foreground">
                    {check.error ?? "—"}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </SectionCard>
      <SectionCard
        title={t("edit.heading")}
        description={readOnly ? t("edit.readOnly") : t("edit.description")}
      >
        <DeviceForm device={device} readOnly={readOnly} />
      </SectionCard>
    </div>
  );
}
