import type { CategoryKey, EmailProps } from "@/lib/templates/view";
import { DetailsEmail } from "./_components/details-email";
import { previewOf } from "./_components/preview-props";

export type PasswordOperationEmailProps = EmailProps<CategoryKey<"password-operation">>;

/** Execution module runs: the credential, the device and the template; a failure shows its error. */
export default function PasswordOperationEmail(props: PasswordOperationEmailProps) {
  return <DetailsEmail email={props} />;
}

PasswordOperationEmail.PreviewProps = previewOf(
  "password-operation.change-error",
) satisfies PasswordOperationEmailProps;
