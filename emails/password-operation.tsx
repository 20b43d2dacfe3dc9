import { buildView, type CategoryKey, type EmailProps } from "@/lib/templates/view";
import { ErrorBlock } from "./_components/error-block";
import { Details } from "./_components/details";
import { NotificationLayout } from "./_components/layout";
import { previewOf } from "./_components/preview-props";

export type PasswordOperationEmailProps = EmailProps<CategoryKey<"password-operation">>;

/** Execution module runs: the credential, the device and the template; a failure shows its error. */
export default function PasswordOperationEmail(props: PasswordOperationEmailProps) {
  const view = buildView(props);
  return (
    <NotificationLayout view={view} actions={view.link("detailsUrl", view.copy.layout.openInConsole)}>
      <ErrorBlock view={view} payload={props.payload} />
      <Details view={view} omit={["error.message"]} />
    </NotificationLayout>
  );
}

PasswordOperationEmail.PreviewProps = previewOf(
  "password-operation.change-error",
) satisfies PasswordOperationEmailProps;
