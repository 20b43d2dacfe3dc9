import { Text } from "@react-email/components";
import { samplePayloads, type Payload } from "@/lib/templates/payloads";
import { buildView, type CategoryKey, type EmailProps, type NotificationView } from "@/lib/templates/view";
import { Details } from "./_components/details";
import { NotificationLayout } from "./_components/layout";
import { previewBase } from "./_components/preview-props";
import { cell, codeText, colors, text } from "./_components/theme";

export type CertificatesEmailProps = EmailProps<CategoryKey<"certificates">>;

type Expiry = Payload<"certificates.expiration-alert-7d">;

/** Expiring certificates: name and serial, expiry with "in N days" (from the check), and devices. */
function ExpiryTable({ view, payload }: { view: NotificationView; payload: Expiry }) {
  const { fields, layout } = view.copy;
  const shown = payload.certificates.slice(0, 25);
  const header = {
    ...cell,
    borderTop: "none",
    backgroundColor: colors.subtle,
    color: colors.muted,
    fontSize: "12px",
    fontWeight: 600,
  };
  return (
    <>
      <Text style={text.sectionTitle}>{fields.certificates}</Text>
      <table
        role="presentation"
        width="100%"
        cellPadding={0}
        cellSpacing={0}
        data-text-format="dataTable"
        style={{ borderCollapse: "collapse", border: `1px solid ${colors.border}`, margin: "0 0 8px" }}
      >
        <thead>
          <tr>
            <th align="left" style={header}>
              {fields.certificate}
            </th>
            <th align="left" style={header}>
              {fields.expiresAt}
            </th>
            <th align="left" style={header}>
              {fields.devices}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((certificate) => {
            const days = view.format.calendarDays(payload.checkedAt, certificate.expiresAt);
            return (
              <tr key={`${certificate.serial}-${certificate.commonName}`}>
                <td style={cell}>
                  <strong>{certificate.commonName}</strong>
                  <br />
                  <span style={{ ...codeText, fontSize: "12px", color: colors.muted }}>
                    {certificate.serial}
                  </span>
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
        </tbody>
      </table>
      {payload.certificates.length > shown.length ? (
        <Text style={text.small}>
          {layout.moreRows(view.format.number(payload.certificates.length - shown.length))}
        </Text>
      ) : null}
    </>
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

CertificatesEmail.PreviewProps = {
  ...previewBase,
  typeKey: "certificates.expiration-alert-7d",
  payload: samplePayloads["certificates.expiration-alert-7d"],
} satisfies CertificatesEmailProps;
