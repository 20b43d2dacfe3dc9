import type { Severity } from "@/lib/catalog/types";
import { buildView, type EmailProps, type LinkAction, type NotificationView } from "@/lib/templates/view";
import { Callout } from "./callout";
import { Details } from "./details";
import { ErrorBlock } from "./error-block";
import { NotificationLayout } from "./layout";

interface DetailsEmailProps {
  email: EmailProps;
  /** The buttons; "Open in console" (the payload's detailsUrl) unless given. */
  actions?: (view: NotificationView) => LinkAction[];
  /** One fact shown apart, above the others, in a box titled with its label (nothing when unset). */
  callout?: { field: string; severity: Severity; value: string | undefined };
  maxRows?: number;
}

/**
 * The template of a category with nothing else of its own: the layout, the highlighted fact, the
 * error of a failed operation verbatim, and the remaining details.
 */
export function DetailsEmail({ email, actions, callout, maxRows }: DetailsEmailProps) {
  const view = buildView(email);
  const omit = callout ? [callout.field, "error.message"] : ["error.message"];
  return (
    <NotificationLayout
      view={view}
      actions={actions ? actions(view) : view.link("detailsUrl", view.copy.layout.openInConsole)}
    >
      {callout?.value ? (
        <Callout severity={callout.severity} title={view.copy.fields[callout.field]}>
          {callout.value}
        </Callout>
      ) : null}
      <ErrorBlock view={view} payload={email.payload} />
      <Details view={view} omit={omit} maxRows={maxRows} />
    </NotificationLayout>
  );
}
