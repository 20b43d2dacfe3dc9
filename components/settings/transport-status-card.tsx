import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/ui/date-time";
import { FactRow } from "@/components/ui/fact-row";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { TransportStatus } from "@/lib/mail/settings";
import { SendTransportTestButton } from "./send-transport-test-button";

/** One transport: its role, whether this server can use it, its health, and never its secrets. */
export async function TransportStatusCard({
  transport,
  canManage,
}: {
  transport: TransportStatus;
  canManage: boolean;
}) {
  const t = await getTranslations("settings.mail.transports");
  const when = (date: Date | null) =>
    date ? <DateTime date={date} dateStyle="medium" timeStyle="medium" /> : t("none");
  const { name } = transport;
  return (
    <Card data-testid={`transport-${name}`}>
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <CardTitle as="h3">{t(name)}</CardTitle>
          {transport.role ? <Badge variant="secondary">{t(transport.role)}</Badge> : null}
          {transport.inUse ? <Badge variant="success">{t("inUse")}</Badge> : null}
          {transport.configured ? null : <Badge variant="outline">{t("notConfigured")}</Badge>}
          {transport.coolDownUntil ? (
            <Badge variant="warning">{t("coolingDown")}</Badge>
          ) : transport.consecutiveFailures > 0 ? (
            <Badge variant="destructive">{t("failing", { count: transport.consecutiveFailures })}</Badge>
          ) : transport.configured && transport.lastSuccessAt ? (
            <Badge variant="outline">{t("healthy")}</Badge>
          ) : null}
        </div>
      </CardHeader>
      <CardContent className="grid gap-4">
        {transport.configured ? null : (
          <p className="text-sm text-muted-foreground">{t(`notConfiguredHelp.${name}`)}</p>
        )}
        {name === "MAILBOX" ? <p className="text-sm text-muted-foreground">{t("facts.stores")}</p> : null}
        <dl className="grid gap-3">
          {transport.endpoint ? (
            <FactRow labelWidth="11rem" label={t("facts.endpoint")}>
              {transport.endpoint}
            </FactRow>
          ) : null}
          {transport.security ? (
            <FactRow labelWidth="11rem" label={t("facts.security")}>
              {t(`security.${transport.security}`)}
            </FactRow>
          ) : null}
          {name === "SMTP" && transport.configured ? (
            <>
              <FactRow labelWidth="11rem" label={t("facts.authentication")}>
                {transport.authenticated ? t("authenticated") : t("anonymous")}
              </FactRow>
              <FactRow labelWidth="11rem" label={t("facts.certificate")}>
                {transport.verifiesCertificate ? t("verified") : t("notVerified")}
              </FactRow>
              <FactRow labelWidth="11rem" label={t("facts.returnPath")}>
                {transport.returnPath ?? t("none")}
              </FactRow>
            </>
          ) : null}
          {transport.webhookSecretSet !== null ? (
            <FactRow labelWidth="11rem" label={t("facts.webhook")}>
              {transport.webhookSecretSet ? t("set") : t("unset")}
            </FactRow>
          ) : null}
          {transport.coolDownUntil ? (
            <FactRow labelWidth="11rem" label={t("facts.coolDownUntil")}>
              {when(transport.coolDownUntil)}
            </FactRow>
          ) : null}
          {transport.configured ? (
            <>
              <FactRow labelWidth="11rem" label={t("facts.lastSuccess")}>
                {when(transport.lastSuccessAt)}
              </FactRow>
              <FactRow labelWidth="11rem" label={t("facts.lastFailure")}>
                {when(transport.lastFailureAt)}
              </FactRow>
            </>
          ) : null}
          {transport.lastError ? (
            <FactRow labelWidth="11rem" label={t("facts.lastError")}>
              <code className="text-xs">{transport.lastError}</code>
            </FactRow>
          ) : null}
        </dl>
        {canManage && transport.configured ? <SendTransportTestButton transport={name} /> : null}
      </CardContent>
    </Card>
  );
}
