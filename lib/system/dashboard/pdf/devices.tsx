// The PDF's devices section: each registered device's connectivity, last check and latency.
import { Text, View } from "@react-pdf/renderer";
import type { DeviceStatusDto } from "@/lib/system/devices/queries";
import { PdfTable } from "./table";
import { colors, styles } from "./styles";
import type { PdfText } from "./text";

const statusColor: Record<DeviceStatusDto["status"], string> = {
  UP: colors.success,
  FAILING: colors.warning,
  LOST: colors.destructive,
  UNKNOWN: colors.neutral,
};

export function DevicesSection({ devices, text }: { devices: DeviceStatusDto[]; text: PdfText }) {
  const { t } = text;
  return (
    <View style={styles.section}>
      <Text style={styles.heading}>{t("system.dashboard.sections.devices")}</Text>
      {devices.length === 0 ? (
        <Text style={styles.muted}>{t("system.devices.empty.title")}</Text>
      ) : (
        <PdfTable
          columns={[
            { label: t("system.devices.columns.name"), width: "24%" },
            { label: t("system.devices.columns.target"), width: "26%" },
            { label: t("system.devices.columns.status"), width: "20%" },
            { label: t("system.devices.columns.lastCheck"), width: "18%" },
            { label: t("system.devices.columns.latency"), width: "12%" },
          ]}
          rows={devices.map((device) => [
            <Text key="name" style={styles.bold}>
              {device.name}
            </Text>,
            <Text key="target" style={styles.mono}>
              {`${device.host} : ${device.ports.join(", ")}`}
            </Text>,
            <View key="status">
              <Text style={[styles.bold, { color: statusColor[device.status] }]}>
                {t(`system.devices.status.${device.status}`)}
              </Text>
              {device.lostAt ? (
                <Text style={styles.small}>
                  {t("system.devices.lostSince", { date: text.dateTime(device.lostAt) })}
                </Text>
              ) : null}
            </View>,
            text.dateTime(device.lastCheckAt),
            device.latencyMs === null ? "—" : t("system.devices.latency", { ms: device.latencyMs }),
          ])}
        />
      )}
    </View>
  );
}
