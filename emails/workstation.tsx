import type { CategoryKey, EmailProps } from "@/lib/templates/view";
import { DetailsEmail } from "./_components/details-email";
import { previewOf } from "./_components/preview-props";

export type WorkstationEmailProps = EmailProps<CategoryKey<"workstation">>;

/** senhasegura.go endpoints: elevation, credential use, scans and the agent's life cycle. */
export default function WorkstationEmail(props: WorkstationEmailProps) {
  const detailsTone = "approveUrl" in props.payload ? "secondary" : "primary";
  return (
    <DetailsEmail
      email={props}
      actions={(view) => [
        ...view.link("approveUrl", view.copy.layout.reviewWorkstation),
        ...view.link("releaseNotesUrl", view.copy.layout.releaseNotes),
        ...view.link("detailsUrl", view.copy.layout.openInConsole, detailsTone),
      ]}
      maxRows={20}
    />
  );
}

WorkstationEmail.PreviewProps = previewOf("workstation.untrusted-dll") satisfies WorkstationEmailProps;
