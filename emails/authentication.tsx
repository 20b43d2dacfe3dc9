import { buildView, type CategoryKey, type EmailProps } from "@/lib/templates/view";
import { Callout } from "./_components/callout";
import { Details } from "./_components/details";
import { NotificationLayout } from "./_components/layout";
import { previewOf } from "./_components/preview-props";

export type AuthenticationEmailProps = EmailProps<CategoryKey<"authentication">>;

/** A console sign-in; a failure shows its reason up front. */
export default function AuthenticationEmail(props: AuthenticationEmailProps) {
  const view = buildView(props);
  const { failureReason, outcome } = props.payload;
  return (
    <NotificationLayout view={view} actions={view.link("detailsUrl", view.copy.layout.openInConsole)}>
      {failureReason && outcome !== "success" ? (
        <Callout severity="high" title={view.copy.fields.failureReason}>
          {failureReason}
        </Callout>
      ) : null}
      <Details view={view} omit={["failureReason"]} />
    </NotificationLayout>
  );
}

AuthenticationEmail.PreviewProps = previewOf(
  "authentication.authentication-messages",
) satisfies AuthenticationEmailProps;
