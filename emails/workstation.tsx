import { buildView, type CategoryKey, type EmailProps } from "@/lib/templates/view";
import { ErrorBlock } from "./_components/error-block";
import { Details } from "./_components/details";
import { NotificationLayout } from "./_components/layout";
import { previewOf } from "./_components/preview-props";

export type WorkstationEmailProps = EmailProps<CategoryKey<"workstation">>;

/** senhasegura.go endpoints: elevation, credential use, scans and the agent's life cycle. */
export default function WorkstationEmail(props: WorkstationEmailProps) {
  const view = buildView(props);
  const { layout } = view.copy;
  const actions = [
    ...view.link("approveUrl", layout.reviewWorkstation),
    ...view.link("releaseNotesUrl", layout.releaseNotes),
    ...view.link("detailsUrl", layout.openInConsole, "approveUrl" in props.payload ? "secondary" : "primary"),
  ];
  return (
    <NotificationLayout view={view} actions={actions}>
      <ErrorBlock view={view} payload={props.payload} />
      <Details view={view} omit={["error.message"]} maxRows={20} />
    </NotificationLayout>
  );
}

WorkstationEmail.PreviewProps = previewOf("workstation.untrusted-dll") satisfies WorkstationEmailProps;
