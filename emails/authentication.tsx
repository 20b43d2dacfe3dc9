import type { CategoryKey, EmailProps } from "@/lib/templates/view";
import { DetailsEmail } from "./_components/details-email";
import { previewOf } from "./_components/preview-props";

export type AuthenticationEmailProps = EmailProps<CategoryKey<"authentication">>;

/** A console sign-in; a failure shows its reason up front. */
export default function AuthenticationEmail(props: AuthenticationEmailProps) {
  const { failureReason, outcome } = props.payload;
  return (
    <DetailsEmail
      email={props}
      callout={{
        field: "failureReason",
        severity: "high",
        value: outcome === "success" ? undefined : failureReason,
      }}
    />
  );
}

AuthenticationEmail.PreviewProps = previewOf(
  "authentication.authentication-messages",
) satisfies AuthenticationEmailProps;
