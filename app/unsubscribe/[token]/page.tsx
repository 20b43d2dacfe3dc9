import { Ban, CircleAlert, Lock, MailX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { UnsubscribeConfirm } from "@/components/subscriptions/unsubscribe-confirm";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { findType } from "@/lib/catalog/definitions";
import { localizeType } from "@/lib/catalog/localize";
import { db } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { readerLocale } from "@/lib/subscriptions/page-data";
import { inspectUnsubscribeLink } from "@/lib/subscriptions/unsubscribe";

type Props = { params: Promise<{ token: string }> };

// One lookup per request for the page and its metadata.
const inspect = cache((token: string) => inspectUnsubscribeLink(db, token));

/**
 * The page speaks the recipient's language (the visitor may be anyone the e-mail was forwarded
 * to, on any browser). A link that names no recipient falls back to the visitor's language.
 */
async function pageLocale(link: Awaited<ReturnType<typeof inspect>>): Promise<AppLocale> {
  return link.status === "invalid" ? readerLocale() : link.locale;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(await inspect((await params).token));
  const t = await getTranslations({ locale, namespace: "subscriptions.unsubscribe" });
  return { title: t("metaTitle") };
}

// GET /unsubscribe/[token] – public confirmation page of an e-mail's unsubscribe link. Shows what the
// link would do and changes nothing; the form (or the RFC 8058 one-click POST to ./one-click) does.
export default async function UnsubscribePage({ params }: Props) {
  const { token } = await params;
  const link = await inspect(token);
  const locale = await pageLocale(link);
  const t = await getTranslations({ locale, namespace: "subscriptions.unsubscribe" });

  if (link.status === "invalid") {
    const expired = link.reason === "expired";
    const gone = link.reason === "unknown-recipient" || link.reason === "unknown-type";
    return (
      <Panel
        icon={expired ? CircleAlert : Ban}
        title={t(expired ? "expiredTitle" : gone ? "goneTitle" : "invalidTitle")}
        description={t(expired ? "expiredDescription" : gone ? "goneDescription" : "invalidDescription")}
        locale={locale}
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
        locale={locale}
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
        locale={locale}
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
      locale={locale}
      testId="unsubscribe-ready"
      footer={
        // The confirm button and its outcome, in the recipient's language too.
        <NextIntlClientProvider locale={locale} messages={await confirmMessages(locale)}>
          <UnsubscribeConfirm token={token} typeName={typeName} email={link.maskedEmail} />
        </NextIntlClientProvider>
      }
    />
  );
}

async function confirmMessages(locale: AppLocale) {
  const { subscriptions } = (await loadMessages(locale)) as { subscriptions: { unsubscribe: object } };
  return { subscriptions: { unsubscribe: subscriptions.unsubscribe } };
}

function Panel(props: {
  icon: typeof Ban;
  title: string;
  description: string;
  locale: AppLocale;
  testId: string;
  footer?: React.ReactNode;
}) {
  const Icon = props.icon;
  return (
    <Card className="w-full max-w-md" lang={props.locale} data-testid={props.testId}>
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
