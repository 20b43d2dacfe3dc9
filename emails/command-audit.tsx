import { buildView, type CategoryKey, type EmailProps } from "@/lib/templates/view";
import { Callout } from "./_components/callout";
import { CodeBlock } from "./_components/code-block";
import { Details } from "./_components/details";
import { NotificationLayout } from "./_components/layout";
import { previewOf } from "./_components/preview-props";

export type CommandAuditEmailProps = EmailProps<CategoryKey<"command-audit">>;

/** An audited command: the command verbatim, what the proxy did, then who, where and which rule. */
export default function CommandAuditEmail(props: CommandAuditEmailProps) {
  const view = buildView(props);
  const { fields, values, layout } = view.copy;
  const { actionTaken, command } = props.payload;
  return (
    <NotificationLayout view={view} actions={view.link("sessionUrl", layout.openSession)}>
      <CodeBlock label={fields.command ?? "Command"}>{command}</CodeBlock>
      <Callout
        severity={actionTaken === "allowed" ? view.type.severity : "critical"}
        title={fields.actionTaken}
      >
        {values.actionTaken?.[actionTaken] ?? actionTaken}
      </Callout>
      <Details view={view} omit={["command", "actionTaken"]} />
    </NotificationLayout>
  );
}

CommandAuditEmail.PreviewProps = previewOf(
  "command-audit.block-and-interrupt",
) satisfies CommandAuditEmailProps;
