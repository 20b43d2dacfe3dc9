import type { CategoryKey, EmailProps } from "@/lib/templates/view";
import { DetailsEmail } from "./_components/details-email";
import { previewOf } from "./_components/preview-props";

export type CredentialsEmailProps = EmailProps<CategoryKey<"credentials">>;

/** Vault credentials: ownership and password changes, and the daily reports with their rows. */
export default function CredentialsEmail(props: CredentialsEmailProps) {
  return (
    <DetailsEmail
      email={props}
      actions={(view) => [
        ...view.link("reportUrl", view.copy.layout.openReport),
        ...view.link("detailsUrl", view.copy.layout.openInConsole),
      ]}
      maxRows={15}
    />
  );
}

CredentialsEmail.PreviewProps = previewOf(
  "credentials.password-daily-summary",
) satisfies CredentialsEmailProps;
