import { buildView, type CategoryKey, type EmailProps } from "@/lib/templates/view";
import { Details } from "./_components/details";
import { NotificationLayout } from "./_components/layout";
import { previewOf } from "./_components/preview-props";

export type CredentialsEmailProps = EmailProps<CategoryKey<"credentials">>;

/** Vault credentials: ownership and password changes, and the daily reports with their rows. */
export default function CredentialsEmail(props: CredentialsEmailProps) {
  const view = buildView(props);
  const { layout } = view.copy;
  const actions = [
    ...view.link("reportUrl", layout.openReport),
    ...view.link("detailsUrl", layout.openInConsole),
  ];
  return (
    <NotificationLayout view={view} actions={actions}>
      <Details view={view} maxRows={15} />
    </NotificationLayout>
  );
}

CredentialsEmail.PreviewProps = previewOf(
  "credentials.password-daily-summary",
) satisfies CredentialsEmailProps;
