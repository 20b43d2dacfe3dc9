import { buildView, type CategoryKey, type EmailProps } from "@/lib/templates/view";
import { Details } from "./_components/details";
import { NotificationLayout } from "./_components/layout";
import { previewOf } from "./_components/preview-props";

export type AuditTrailEmailProps = EmailProps<CategoryKey<"audit-trail">>;

/** A major record changed: who, what, and a before/after table of the fields. */
export default function AuditTrailEmail(props: AuditTrailEmailProps) {
  const view = buildView(props);
  return (
    <NotificationLayout view={view} actions={view.link("detailsUrl", view.copy.layout.openInConsole)}>
      <Details view={view} maxRows={25} />
    </NotificationLayout>
  );
}

AuditTrailEmail.PreviewProps = previewOf("audit-trail.entity-change") satisfies AuditTrailEmailProps;
