import { buildView, type CategoryKey, type EmailProps } from "@/lib/templates/view";
import { Details } from "./_components/details";
import { NotificationLayout } from "./_components/layout";
import { MetricBar } from "./_components/metric-bar";
import { previewOf } from "./_components/preview-props";

export type MonitoringEmailProps = EmailProps<CategoryKey<"monitoring">>;

/** Server resources: a gauge of the value against its threshold, then the details; reports as tables. */
export default function MonitoringEmail(props: MonitoringEmailProps) {
  const view = buildView(props);
  const { fields, layout } = view.copy;
  const { format } = view;
  const payload = props.payload;
  const actions = [
    ...view.link("reportUrl", layout.openReport),
    ...view.link("detailsUrl", layout.openInConsole),
  ];
  let gauge = null;
  if ("usage" in payload) {
    gauge = (
      <MetricBar
        label={fields.usage ?? ""}
        value={payload.usage}
        threshold={payload.threshold}
        valueText={format.percent(payload.usage)}
        thresholdText={`${fields.threshold} ${format.percent(payload.threshold)}`}
        severity={view.type.severity}
      />
    );
  } else if ("freeSpace" in payload) {
    gauge = (
      <MetricBar
        label={fields.freeSpace ?? ""}
        value={payload.freeSpace}
        threshold={payload.threshold}
        valueText={`${format.percent(payload.freeSpace)} (${format.bytes(payload.freeBytes)})`}
        thresholdText={`${fields.threshold} ${format.percent(payload.threshold)}`}
        severity={view.type.severity}
      />
    );
  }
  return (
    <NotificationLayout view={view} actions={actions}>
      {gauge}
      <Details
        view={view}
        maxRows={20}
        omit={gauge ? ["usage", "freeSpace", "freeBytes", "threshold"] : []}
      />
    </NotificationLayout>
  );
}

MonitoringEmail.PreviewProps = previewOf("monitoring.cpu-critical") satisfies MonitoringEmailProps;
