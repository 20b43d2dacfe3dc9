import type { CategoryKey, EmailProps } from "@/lib/templates/view";
import { DetailsEmail } from "./_components/details-email";
import { previewOf } from "./_components/preview-props";

export type AuditTrailEmailProps = EmailProps<CategoryKey<"audit-trail">>;

/** A major record changed: who, what, and a before/after table of the fields. */
export default function AuditTrailEmail(props: AuditTrailEmailProps) {
  return <DetailsEmail email={props} maxRows={25} />;
}

AuditTrailEmail.PreviewProps = previewOf("audit-trail.entity-change") satisfies AuditTrailEmailProps;
