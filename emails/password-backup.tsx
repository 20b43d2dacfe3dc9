import { buildView, type CategoryKey, type EmailProps } from "@/lib/templates/view";
import { ErrorBlock } from "./_components/error-block";
import { Details } from "./_components/details";
import { NotificationLayout } from "./_components/layout";
import { previewOf } from "./_components/preview-props";

export type PasswordBackupEmailProps = EmailProps<CategoryKey<"password-backup">>;

/** Backups and master key ceremonies; a failed backup shows its error verbatim. */
export default function PasswordBackupEmail(props: PasswordBackupEmailProps) {
  const view = buildView(props);
  return (
    <NotificationLayout view={view} actions={view.link("detailsUrl", view.copy.layout.openInConsole)}>
      <ErrorBlock view={view} payload={props.payload} />
      <Details view={view} omit={["error.message"]} />
    </NotificationLayout>
  );
}

PasswordBackupEmail.PreviewProps = previewOf(
  "password-backup.backup-error",
) satisfies PasswordBackupEmailProps;
