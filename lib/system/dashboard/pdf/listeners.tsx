// The PDF's listeners section: how many sockets per Appendix I state, drawn as bars, and the build-ups.
import { Svg, Rect, Text, View } from "@react-pdf/renderer";
import type { ListenersSummary } from "@/lib/system/dashboard/queries";
import { tcpStateValues } from "@/lib/system/values";
import { barLength } from "./geometry";
import { colors, styles } from "./styles";
import type { PdfText } from "./text";

const BAR_WIDTH = 260;

export function ListenersSection({ listeners, text }: { listeners: ListenersSummary; text: PdfText }) {
  const { t } = text;
  const max = Math.max(0, ...tcpStateValues.map((state) => listeners.counts[state]));
  return (
    <View style={styles.section}>
      <Text style={styles.heading}>{t("system.dashboard.sections.listeners")}</Text>
      {!listeners.available ? (
        <View>
          <Text style={styles.bold}>{t("system.listeners.unavailable.title")}</Text>
          <Text style={styles.muted}>{t("system.listeners.unavailable.description")}</Text>
        </View>
      ) : (
        <View>
          <Text style={styles.paragraph}>
            {t("system.dashboard.listeners.total", {
              total: listeners.total,
              date: text.dateTime(listeners.readAt),
            })}
          </Text>
          <Text style={styles.subheading}>{t("system.listeners.counts.heading")}</Text>
          {tcpStateValues.map((state) => (
            <View key={state} style={styles.barRow} wrap={false}>
              <Text style={[styles.mono, { width: 80 }]}>{state}</Text>
              <Svg width={BAR_WIDTH} height={8}>
                <Rect x={0} y={0} width={BAR_WIDTH} height={8} fill={colors.grid} />
                <Rect
                  x={0}
                  y={0}
                  width={barLength(listeners.counts[state], max, BAR_WIDTH)}
                  height={8}
                  fill={state === "LISTEN" ? colors.success : colors.cpu}
                />
              </Svg>
              <Text style={{ marginLeft: 6 }}>{text.number(listeners.counts[state])}</Text>
            </View>
          ))}
          <Text style={styles.subheading}>{t("system.dashboard.listeners.buildUps")}</Text>
          {listeners.buildUps.length === 0 ? (
            <Text style={styles.muted}>{t("system.dashboard.listeners.noBuildUp")}</Text>
          ) : (
            listeners.buildUps.map((buildUp) => (
              <View key={buildUp.state} style={styles.paragraph} wrap={false}>
                <Text style={[styles.bold, { color: colors.warning }]}>
                  {t("system.listeners.buildUp.title", {
                    count: buildUp.count,
                    state: buildUp.state,
                    threshold: buildUp.threshold,
                  })}
                </Text>
                <Text style={styles.small}>{t(`system.listeners.buildUp.why.${buildUp.state}`)}</Text>
              </View>
            ))
          )}
        </View>
      )}
    </View>
  );
}
