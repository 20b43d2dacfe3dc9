"use client";

import { Send } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { MailTransportName } from "@/generated/prisma/enums";
import { useErrorText } from "@/lib/i18n/use-error-text";
import { cn } from "@/lib/utils";
import { useSendTransportTest } from "./use-send-transport-test";

/** Sends a test e-mail straight through one transport to the signed-in administrator (ADMIN). */
export function SendTransportTestButton({ transport }: { transport: MailTransportName }) {
  const t = useTranslations("settings.mail.test");
  const label = useTranslations("settings.mail.transports")(transport);
  const errorText = useErrorText();
  const send = useSendTransportTest();
  const statusId = `transport-test-${transport}`;
  const answer = send.data;
  return (
    <div className="grid gap-1">
      <Button
        variant="outline"
        size="sm"
        className="w-fit"
        onClick={() => send.mutate(transport)}
        pending={send.isPending}
        aria-label={t("sendLabel", { transport: label })}
        aria-describedby={statusId}
        data-testid={`transport-test-${transport}`}
      >
        <Send aria-hidden />
        {send.isPending ? t("sending") : t("send")}
      </Button>
      <p
        id={statusId}
        aria-live="polite"
        className={cn(
          "text-xs break-words",
          send.isError || (answer && !answer.ok) ? "text-destructive" : "text-muted-foreground",
        )}
      >
        {send.isError
          ? errorText(send.error.message)
          : answer
            ? answer.ok
              ? t("sent", { to: answer.to })
              : t("failed", { transport: label, error: answer.error })
            : null}
      </p>
    </div>
  );
}
