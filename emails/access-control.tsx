import { buildView, type CategoryKey, type EmailProps } from "@/lib/templates/view";
import { Callout } from "./_components/callout";
import { Details } from "./_components/details";
import { NotificationLayout } from "./_components/layout";
import { previewOf } from "./_components/preview-props";

export type AccessControlEmailProps = EmailProps<CategoryKey<"access-control">>;

/** Approval workflow: the request, its justification quoted, and Approve / Reject for approvers. */
export default function AccessControlEmail(props: AccessControlEmailProps) {
  const view = buildView(props);
  const { layout, fields } = view.copy;
  const decision = props.typeKey === "access-control.request-created" ? undefined : props.payload.decision;
  const actions =
    props.typeKey === "access-control.request-created"
      ? [
          ...view.link("approveUrl", layout.approve, "approve"),
          ...view.link("rejectUrl", layout.reject, "reject"),
          ...view.link("detailsUrl", layout.openInConsole, "secondary"),
        ]
      : view.link("detailsUrl", layout.openInConsole);
  return (
    <NotificationLayout view={view} actions={actions}>
      <Callout severity="info" title={fields.justification}>
        {props.payload.request.justification}
      </Callout>
      {decision?.comment ? (
        <Callout
          severity={props.typeKey === "access-control.request-approved" ? "low" : "critical"}
          title={fields.comment}
        >
          {decision.comment}
        </Callout>
      ) : null}
      <Details view={view} omit={["request.justification", "decision.comment"]} />
    </NotificationLayout>
  );
}

AccessControlEmail.PreviewProps = previewOf(
  "access-control.request-created",
) satisfies AccessControlEmailProps;
