import { buildView, type CategoryKey, type EmailProps } from "@/lib/templates/view";
import { Details } from "./_components/details";
import { NotificationLayout } from "./_components/layout";
import { previewOf } from "./_components/preview-props";

export type DevicesEmailProps = EmailProps<CategoryKey<"devices">>;

/** Connectivity checks: the devices, their ports and since when, as one table. */
export default function DevicesEmail(props: DevicesEmailProps) {
  const view = buildView(props);
  return (
    <NotificationLayout view={view} actions={view.link("detailsUrl", view.copy.layout.openInConsole)}>
      <Details view={view} maxRows={25} />
    </NotificationLayout>
  );
}

DevicesEmail.PreviewProps = previewOf("devices.connectivity-lost") satisfies DevicesEmailProps;
