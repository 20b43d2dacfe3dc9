import type { CategoryKey, EmailProps } from "@/lib/templates/view";
import { DetailsEmail } from "./_components/details-email";
import { previewOf } from "./_components/preview-props";

export type DevicesEmailProps = EmailProps<CategoryKey<"devices">>;

/** Connectivity checks: the devices, their ports and since when, as one table. */
export default function DevicesEmail(props: DevicesEmailProps) {
  return <DetailsEmail email={props} maxRows={25} />;
}

DevicesEmail.PreviewProps = previewOf("devices.connectivity-lost") satisfies DevicesEmailProps;
