import { buildView, type CategoryKey, type EmailProps } from "@/lib/templates/view";
import { Callout } from "./_components/callout";
import { Details } from "./_components/details";
import { NotificationLayout } from "./_components/layout";
import { previewOf } from "./_components/preview-props";

export type RemoteSessionEmailProps = EmailProps<CategoryKey<"remote-session">>;

/** Proxy sessions; a tampered audit file shows both checksums side by side in a red box. */
export default function RemoteSessionEmail(props: RemoteSessionEmailProps) {
  const view = buildView(props);
  const { fields, layout } = view.copy;
  const actions = [
    ...view.link("downloadUrl", layout.downloadVideo),
    ...view.link("detailsUrl", layout.openSession),
  ];
  const file = "file" in props.payload ? props.payload.file : undefined;
  return (
    <NotificationLayout view={view} actions={actions}>
      {file ? (
        <Callout severity="critical" title={fields["file.path"]}>
          {`${file.path}\n${fields.expectedSha256}: ${file.expectedSha256}\n${fields.actualSha256}: ${file.actualSha256}`}
        </Callout>
      ) : null}
      <Details view={view} omit={["file"]} />
    </NotificationLayout>
  );
}

RemoteSessionEmail.PreviewProps = previewOf("remote-session.file-modified") satisfies RemoteSessionEmailProps;
