// The PDF's services section: each Herald service with its Appendix I state and that state's meaning.
import { Text, View } from "@react-pdf/renderer";
import type { ServicesOverview } from "@/lib/system/services/queries";
import { describeServiceState, serviceStateValues, type ServiceState } from "@/lib/system/values";
import { PdfTable } from "./table";
import { colors, styles } from "./styles";
import type { PdfText } from "./text";

const stateColor: Record<ServiceState, string> = {
  ACTIVE: colors.success,
  INACTIVE: colors.destructive,
  DISABLED: colors.neutral,
};

export function ServicesSection({ services, text }: { services: ServicesOverview; text: PdfText }) {
  const { t } = text;
  const counts = Object.fromEntries(
    serviceStateValues.map((state) => [state, services.rows.filter((row) => row.state === state).length]),
  ) as Record<ServiceState, number>;
  return (
    <View style={styles.section}>
      <Text style={styles.heading}>{t("system.dashboard.sections.services")}</Text>
      <Text style={styles.paragraph}>
        {t("system.dashboard.services.summary", {
          active: counts.ACTIVE,
          inactive: counts.INACTIVE,
          disabled: counts.DISABLED,
        })}{" "}
        {t("systemServices.queue", {
          due: services.queue.due,
          age: t("systemServices.ageSeconds", { seconds: services.queue.oldestAgeSeconds }),
        })}
      </Text>
      {services.rows.length === 0 ? (
        <Text style={styles.muted}>{t("systemServices.empty")}</Text>
      ) : (
        <PdfTable
          columns={[
            { label: t("systemServices.columns.service"), width: "15%" },
            { label: t("systemServices.columns.instance"), width: "21%" },
            { label: t("systemServices.columns.state"), width: "28%" },
            { label: t("systemServices.columns.since"), width: "18%" },
            { label: t("systemServices.columns.heartbeat"), width: "18%" },
          ]}
          rows={services.rows.map((row) => [
            t(`systemServices.kinds.${row.kind}`),
            <Text key="instance" style={styles.mono}>
              {row.name}
            </Text>,
            <View key="state">
              <Text style={[styles.bold, { color: stateColor[row.state] }]}>{row.state}</Text>
              <Text style={styles.small}>{describeServiceState(row.state, text.locale)}</Text>
            </View>,
            row.sinceMeaning === "stateStart"
              ? text.dateTime(row.since, t("systemServices.never"))
              : `${t(`systemServices.sinceMeaning.${row.sinceMeaning}`)}: ${text.dateTime(row.since, t("systemServices.never"))}`,
            text.dateTime(row.lastHeartbeatAt, t("systemServices.never")),
          ])}
        />
      )}
    </View>
  );
}
