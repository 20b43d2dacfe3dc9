import { buildView, type CategoryKey, type EmailProps } from "@/lib/templates/view";
import { Details } from "./_components/details";
import { NotificationLayout } from "./_components/layout";
import { MetricBar } from "./_components/metric-bar";
import { previewOf } from "./_components/preview-props";

export type UserBehaviorEmailProps = EmailProps<CategoryKey<"user-behavior">>;

/** Behaviour analytics: the risk score as a gauge, then what was observed against what is usual. */
export default function UserBehaviorEmail(props: UserBehaviorEmailProps) {
  const view = buildView(props);
  const { riskScore } = props.payload;
  return (
    <NotificationLayout view={view} actions={view.link("detailsUrl", view.copy.layout.openInConsole)}>
      <MetricBar
        label={view.copy.fields.riskScore ?? ""}
        value={riskScore}
        valueText={view.format.number(riskScore)}
        severity={view.type.severity}
      />
      <Details view={view} omit={["riskScore"]} />
    </NotificationLayout>
  );
}

UserBehaviorEmail.PreviewProps = previewOf(
  "user-behavior.unauthorized-geoip-login",
) satisfies UserBehaviorEmailProps;
