import { samplePayloads } from "@/lib/templates/payloads";
import { buildView, type CategoryKey, type EmailProps } from "@/lib/templates/view";
import { CodeBlock } from "./_components/code-block";
import { Details } from "./_components/details";
import { NotificationLayout } from "./_components/layout";
import { previewBase } from "./_components/preview-props";

export type PasswordBackupEmailProps = EmailProps<CategoryKey<"password-backup">>;

/** Backups and master key ceremonies; a failed backup shows its error verbatim. */
export default function PasswordBackupEmail(props: PasswordBackupEmailProps) {
  const view = buildView(props);
  const error = "error" in props.payload ? props.payload.error : undefined;
  return (
    <NotificationLayout view={view} actions={view.link("detailsUrl", view.copy.layout.openInConsole)}>
      {error ? (
        <CodeBlock label={view.copy.fields["error.message"] ?? "Error"}>{error.message}</CodeBlock>
      ) : null}
      <Details view={view} omit={["error.message"]} />
    </NotificationLayout>
  );
}

PasswordBackupEmail.PreviewProps = {
  ...previewBase,
  typeKey: "password-backup.backup-error",
  payload: samplePayloads["password-backup.backup-error"],
} satisfies PasswordBackupEmailProps;
