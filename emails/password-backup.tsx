import type { CategoryKey, EmailProps } from "@/lib/templates/view";
import { DetailsEmail } from "./_components/details-email";
import { previewOf } from "./_components/preview-props";

export type PasswordBackupEmailProps = EmailProps<CategoryKey<"password-backup">>;

/** Backups and master key ceremonies; a failed backup shows its error verbatim. */
export default function PasswordBackupEmail(props: PasswordBackupEmailProps) {
  return <DetailsEmail email={props} />;
}

PasswordBackupEmail.PreviewProps = previewOf(
  "password-backup.backup-error",
) satisfies PasswordBackupEmailProps;
