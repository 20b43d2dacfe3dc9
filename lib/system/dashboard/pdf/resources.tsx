// The PDF's resources section: the last reading as bars, the averages over time as a line chart drawn
// with SVG primitives, and the threshold rules with their state.
import { Line, Polyline, Rect, Svg, Text, View } from "@react-pdf/renderer";
import type { ResourcesOverview } from "@/lib/system/resources/queries";
import { thresholdTypeName } from "@/lib/system/thresholds/names";
import { barLength, percentPolyline } from "./geometry";
import { PdfTable } from "./table";
import { colors, CONTENT_WIDTH, styles } from "./styles";
import type { PdfText } from "./text";

const METRICS = [
  { key: "cpu", latest: "cpuPercent", label: "system.resources.metrics.cpu", color: colors.cpu },
  { key: "memory", latest: "memoryPercent", label: "system.resources.metrics.memory", color: colors.memory },
  {
    key: "diskFree",
    latest: "diskFreePercent",
    label: "system.resources.metrics.diskFree",
    color: colors.diskFree,
  },
] as const;

const AXIS_WIDTH = 34;
const CHART = { width: CONTENT_WIDTH - AXIS_WIDTH, height: 140 };
const BAR_WIDTH = 260;

export function ResourcesSection({ resources, text }: { resources: ResourcesOverview; text: PdfText }) {
  const { t } = text;
  const { latest, points } = resources;
  return (
    <View style={styles.section}>
      <Text style={styles.heading}>{t("system.dashboard.sections.resources")}</Text>
      {latest ? (
        <View wrap={false}>
          <Text style={styles.paragraph}>
            {t("system.resources.latest", { host: latest.host, date: text.dateTime(latest.at) })}
          </Text>
          {METRICS.map((metric) => (
            <View key={metric.key} style={styles.barRow}>
              <Text style={{ width: 80 }}>{t(metric.label)}</Text>
              <Svg width={BAR_WIDTH} height={8}>
                <Rect x={0} y={0} width={BAR_WIDTH} height={8} fill={colors.grid} />
                <Rect
                  x={0}
                  y={0}
                  width={barLength(latest[metric.latest], 100, BAR_WIDTH)}
                  height={8}
                  fill={metric.color}
                />
              </Svg>
              <Text style={{ marginLeft: 6 }}>{text.percent(latest[metric.latest])}</Text>
            </View>
          ))}
          <Text style={styles.small}>{latest.volume}</Text>
        </View>
      ) : (
        <Text style={styles.muted}>{t("system.resources.empty.title")}</Text>
      )}
      {points.length > 0 ? (
        <View wrap={false}>
          <Text style={styles.subheading}>
            {t("system.dashboard.resources.chart", { hours: resources.hours })}
          </Text>
          <View style={{ flexDirection: "row" }}>
            <View style={{ width: AXIS_WIDTH, height: CHART.height, justifyContent: "space-between" }}>
              {[100, 50, 0]
                .map((level) => text.percent(level))
                .map((label) => (
                  <Text key={label} style={styles.small}>
                    {label}
                  </Text>
                ))}
            </View>
            <Svg width={CHART.width} height={CHART.height}>
              {[0, 25, 50, 75, 100].map((level) => {
                const y = CHART.height - (level / 100) * CHART.height;
                return (
                  <Line
                    key={level}
                    x1={0}
                    x2={CHART.width}
                    y1={y}
                    y2={y}
                    stroke={colors.grid}
                    strokeWidth={0.5}
                  />
                );
              })}
              {METRICS.map((metric) => (
                <Polyline
                  key={metric.key}
                  points={percentPolyline(
                    points.map((point) => point[metric.key]),
                    CHART,
                  )}
                  stroke={metric.color}
                  strokeWidth={1.2}
                  fill="none"
                />
              ))}
            </Svg>
          </View>
          <View style={{ flexDirection: "row", justifyContent: "space-between", marginLeft: AXIS_WIDTH }}>
            <Text style={styles.small}>{text.dateTime(points[0]!.at)}</Text>
            <Text style={styles.small}>{text.dateTime(points[points.length - 1]!.at)}</Text>
          </View>
          <View style={styles.legend}>
            {METRICS.map((metric) => (
              <View key={metric.key} style={styles.legendItem}>
                <View style={[styles.swatch, { backgroundColor: metric.color }]} />
                <Text>{t(metric.label)}</Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
      {resources.thresholds.length > 0 ? (
        <View>
          <Text style={styles.subheading}>{t("system.resources.thresholds.heading")}</Text>
          <PdfTable
            columns={[
              { label: t("system.resources.thresholds.rule"), width: "34%" },
              { label: t("system.resources.thresholds.condition"), width: "41%" },
              { label: t("system.resources.thresholds.state"), width: "25%" },
            ]}
            rows={resources.thresholds.map((rule) => [
              thresholdTypeName(rule.key, text.locale),
              t(`system.resources.thresholds.${rule.direction}`, {
                metric: t(`system.resources.metrics.${rule.metric === "disk" ? "diskFree" : rule.metric}`),
                level: text.percent(rule.level),
                minutes: rule.sustainForSeconds / 60,
              }),
              <Text key="state" style={rule.fired ? [styles.bold, { color: colors.warning }] : undefined}>
                {rule.fired ? t("system.resources.thresholds.fired") : t("system.resources.thresholds.armed")}
              </Text>,
            ])}
          />
        </View>
      ) : null}
    </View>
  );
}
