import type { CategoryKey, EmailProps } from "@/lib/templates/view";
import { DetailsEmail } from "./_components/details-email";
import { previewOf } from "./_components/preview-props";

export type ProtectedInformationEmailProps = EmailProps<CategoryKey<"protected-information">>;

/** Protected information changed, expired or viewed; a view shows the viewer's justification. */
export default function ProtectedInformationEmail(props: ProtectedInformationEmailProps) {
  const justification = "justification" in props.payload ? props.payload.justification : undefined;
  return (
    <DetailsEmail
      email={props}
      callout={{ field: "justification", severity: "info", value: justification }}
    />
  );
}

ProtectedInformationEmail.PreviewProps = previewOf(
  "protected-information.viewed",
) satisfies ProtectedInformationEmailProps;
