import { Ban, CircleAlert, Lock, MailX } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UnsubscribeConfirm } from "@/components/subscriptions/unsubscribe-confirm";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { findType } from "@/lib/catalog/definitions";
import { localizeType } from "@/lib/catalog/localize";
import { db } from "@/lib/db";
import { readerLocale } from "@/lib/subscriptions/page-data";
import { inspectUnsubscribeLink } from "@/lib/subscriptions/unsubscribe";

type Props = { params: Promise<{ token: string }> };

// GET /unsubscribe/[token] – public confirmation page of an e-mail's unsubscribe link. Shows what the
// link would do and changes nothing; the form (or the RFC 8058 one-click POST to ./one-click) does.
export default async function UnsubscribePage({ params }: Props) {
  const { token } = await params;
  const link = await inspectUnsubscribeLink(db, token);
  const t = await getTranslations("subscriptions.unsubscribe");
  const locale = await readerLocale();

  if (link.status === "invalid") {
    const expired = link.reason === "expired";
    const gone = link.reason === "unknown-recipient" || link.reason === "unknown-type";
    return (
      <Panel
        icon={expired ? CircleAlert : Ban}
        title={t(expired ? "expiredTitle" : gone ? "goneTitle" : "invalidTitle")}
        description={t(expired ? "expiredDescription" : gone ? "goneDescription" : "invalidDescription")}
        testId={`unsubscribe-invalid-${link.reason}`}
        footer={<ManageLink label={t("manage")} />}
      />
    );
  }

  const definition = findType(link.typeKey);
  const typeName = definition ? localizeType(definition, locale).name : link.typeKey;
  if (link.status === "mandatory") {
    return (
      <Panel
        icon={Lock}
        title={t("mandatoryTitle")}
        description={t("mandatoryDescription", { type: typeName })}
        testId="unsubscribe-mandatory"
        footer={link.recipient.kind === "user" ? <ManageLink label={t("manage")} /> : null}
      />
    );
  }
  if (link.status === "already-unsubscribed") {
    return (
      <Panel
        icon={MailX}
        title={t("alreadyTitle")}
        description={t("alreadyDescription", { type: typeName, email: link.maskedEmail })}
        testId="unsubscribe-already"
        footer={link.recipient.kind === "user" ? <ManageLink label={t("manage")} /> : null}
      />
    );
  }
  return (
    <Panel
      icon={MailX}
      title={t("readyTitle", { type: typeName })}
      description={t("readyDescription", { type: typeName, email: link.maskedEmail })}
      testId="unsubscribe-ready"
      footer={<UnsubscribeConfirm token={token} typeName={typeName} email={link.maskedEmail} />}
    />
  );
}

function Panel(props: {
  icon: typeof Ban;
  title: string;
  description: string;
  testId: string;
  footer?: React.ReactNode;
}) {
  const Icon = props.icon;
  return (
    <Card className="w-full max-w-md" data-testid={props.testId}>
      <CardHeader className="justify-items-start gap-3">
        <div className="flex size-10 items-center justify-center rounded-full bg-muted text-muted-foreground">
          <Icon aria-hidden className="size-5" />
        </div>
        <CardTitle as="div">
          <h1 className="text-xl">{props.title}</h1>
        </CardTitle>
        <CardDescription>{props.description}</CardDescription>
      </CardHeader>
      {props.footer ? <CardContent>{props.footer}</CardContent> : null}
    </Card>
  );
}

function ManageLink({ label }: { label: string }) {
  return (
    <Button variant="outline" asChild>
      <Link href="/me/notifications">{label}</Link>
    </Button>
  );
}
