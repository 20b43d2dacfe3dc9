import { samplePayloads } from "@/lib/templates/payloads";
import { buildView, type CategoryKey, type EmailProps } from "@/lib/templates/view";
import { CodeBlock } from "./_components/code-block";
import { Details } from "./_components/details";
import { NotificationLayout } from "./_components/layout";
import { previewBase } from "./_components/preview-props";

export type WorkstationEmailProps = EmailProps<CategoryKey<"workstation">>;

/** senhasegura.go endpoints: elevation, credential use, scans and the agent's life cycle. */
export default function WorkstationEmail(props: WorkstationEmailProps) {
  const view = buildView(props);
  const { fields, layout } = view.copy;
  const actions = [
    ...view.link("approveUrl", layout.reviewWorkstation),
    ...view.link("releaseNotesUrl", layout.releaseNotes),
    ...view.link("detailsUrl", layout.openInConsole, "approveUrl" in props.payload ? "secondary" : "primary"),
  ];
  const error = "error" in props.payload ? props.payload.error : undefined;
  return (
    <NotificationLayout view={view} actions={actions}>
      {error ? <CodeBlock label={fields["error.message"] ?? "Error"}>{error.message}</CodeBlock> : null}
      <Details view={view} omit={["error.message"]} maxRows={20} />
    </NotificationLayout>
  );
}

WorkstationEmail.PreviewProps = {
  ...previewBase,
  typeKey: "workstation.untrusted-dll",
  payload: samplePayloads["workstation.untrusted-dll"],
} satisfies WorkstationEmailProps;
