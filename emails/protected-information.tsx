import { buildView, type CategoryKey, type EmailProps } from "@/lib/templates/view";
import { Callout } from "./_components/callout";
import { Details } from "./_components/details";
import { NotificationLayout } from "./_components/layout";
import { previewOf } from "./_components/preview-props";

export type ProtectedInformationEmailProps = EmailProps<CategoryKey<"protected-information">>;

/** Protected information changed, expired or viewed; a view shows the viewer's justification. */
export default function ProtectedInformationEmail(props: ProtectedInformationEmailProps) {
  const view = buildView(props);
  const justification = "justification" in props.payload ? props.payload.justification : undefined;
  return (
    <NotificationLayout view={view} actions={view.link("detailsUrl", view.copy.layout.openInConsole)}>
      {justification ? (
        <Callout severity="info" title={view.copy.fields.justification}>
          {justification}
        </Callout>
      ) : null}
      <Details view={view} omit={["justification"]} />
    </NotificationLayout>
  );
}

ProtectedInformationEmail.PreviewProps = previewOf(
  "protected-information.viewed",
) satisfies ProtectedInformationEmailProps;
