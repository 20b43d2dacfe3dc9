import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { TransportStatus } from "@/lib/mail/settings";
import { SendTransportTestButton } from "./send-transport-test-button";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[11rem_1fr] sm:gap-4">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="min-w-0 text-sm break-words">{children}</dd>
    </div>
  );
}

/** One transport: its role, whether this server can use it, its health, and never its secrets. */
export async function TransportStatusCard({
  transport,
  canManage,
}: {
  transport: TransportStatus;
  canManage: boolean;
}) {
  const t = await getTranslations("settings.mail.transports");
  const format = await getFormatter();
  const when = (date: Date | null) =>
    date ? (
      <time dateTime={date.toISOString()}>
        {format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" })}
      </time>
    ) : (
      t("none")
    );
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
          {transport.endpoint ? <Fact label={t("facts.endpoint")}>{transport.endpoint}</Fact> : null}
          {transport.security ? (
            <Fact label={t("facts.security")}>{t(`security.${transport.security}`)}</Fact>
          ) : null}
          {name === "SMTP" && transport.configured ? (
            <>
              <Fact label={t("facts.authentication")}>
                {transport.authenticated ? t("authenticated") : t("anonymous")}
              </Fact>
              <Fact label={t("facts.certificate")}>
                {transport.verifiesCertificate ? t("verified") : t("notVerified")}
              </Fact>
              <Fact label={t("facts.returnPath")}>{transport.returnPath ?? t("none")}</Fact>
            </>
          ) : null}
          {transport.webhookSecretSet !== null ? (
            <Fact label={t("facts.webhook")}>{transport.webhookSecretSet ? t("set") : t("unset")}</Fact>
          ) : null}
          {transport.coolDownUntil ? (
            <Fact label={t("facts.coolDownUntil")}>{when(transport.coolDownUntil)}</Fact>
          ) : null}
          {transport.configured ? (
            <>
              <Fact label={t("facts.lastSuccess")}>{when(transport.lastSuccessAt)}</Fact>
              <Fact label={t("facts.lastFailure")}>{when(transport.lastFailureAt)}</Fact>
            </>
          ) : null}
          {transport.lastError ? (
            <Fact label={t("facts.lastError")}>
              <code className="text-xs">{transport.lastError}</code>
            </Fact>
          ) : null}
        </dl>
        {canManage && transport.configured ? <SendTransportTestButton transport={name} /> : null}
      </CardContent>
    </Card>
  );
}
