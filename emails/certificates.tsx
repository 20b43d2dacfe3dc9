import type { Payload } from "@/lib/templates/payloads";
import { buildView, type CategoryKey, type EmailProps, type NotificationView } from "@/lib/templates/view";
import { Details } from "./_components/details";
import { NotificationLayout } from "./_components/layout";
import { previewOf } from "./_components/preview-props";
import { RecordTable } from "./_components/record-table";
import { cell, codeText, colors } from "./_components/theme";

export type CertificatesEmailProps = EmailProps<CategoryKey<"certificates">>;

type Expiry = Payload<"certificates.expiration-alert-7d">;

/** Expiring certificates: name and serial, expiry with "in N days" (from the check), and devices. */
function ExpiryTable({ view, payload }: { view: NotificationView; payload: Expiry }) {
  const { fields, layout } = view.copy;
  const shown = payload.certificates.slice(0, 25);
  const headers = [
    { key: "certificate", label: fields.certificate },
    { key: "expiresAt", label: fields.expiresAt },
    { key: "devices", label: fields.devices },
  ];
  const hidden = payload.certificates.length - shown.length;
  return (
    <RecordTable
      title={fields.certificates}
      headers={headers}
      more={hidden > 0 ? layout.moreRows(view.format.number(hidden)) : undefined}
    >
      {shown.map((certificate) => {
        const days = view.format.calendarDays(payload.checkedAt, certificate.expiresAt);
        return (
          <tr key={`${certificate.serial}-${certificate.commonName}`}>
            <td style={cell}>
              <strong>{certificate.commonName}</strong>
              <br />
              <span style={{ ...codeText, fontSize: "12px", color: colors.muted }}>{certificate.serial}</span>
              <br />
              <span style={{ fontSize: "12px", color: colors.muted }}>{certificate.issuer}</span>
            </td>
            <td style={{ ...cell, fontSize: "13px" }}>
              {view.format.dateTime(certificate.expiresAt)}
              <br />
              <strong>{view.format.relativeDays(days)}</strong>
            </td>
            <td style={{ ...cell, fontSize: "13px" }}>{view.format.list(certificate.devices)}</td>
          </tr>
        );
      })}
    </RecordTable>
  );
}

/** Certificate Manager: expiry alerts as a table, lifecycle events as details. */
export default function CertificatesEmail(props: CertificatesEmailProps) {
  const view = buildView(props);
  const actions = view.link("detailsUrl", view.copy.layout.openInConsole);
  if ("certificates" in props.payload) {
    return (
      <NotificationLayout view={view} actions={actions}>
        <ExpiryTable view={view} payload={props.payload} />
        <Details view={view} omit={["certificates"]} />
      </NotificationLayout>
    );
  }
  return (
    <NotificationLayout view={view} actions={actions}>
      <Details view={view} />
    </NotificationLayout>
  );
}

CertificatesEmail.PreviewProps = previewOf(
  "certificates.expiration-alert-7d",
) satisfies CertificatesEmailProps;
