"use client";

import { Send } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { AppLocale } from "@/lib/i18n/locales";
import { useErrorText } from "@/lib/i18n/use-error-text";
import type { TypeKey } from "@/lib/templates/payloads";
import { cn } from "@/lib/utils";
import { useSendTest } from "./use-send-test";

interface SendTestButtonProps {
  typeKey: TypeKey;
  locale: AppLocale;
  /** The editor's valid payload, or null while it has problems. */
  payload: unknown;
}

/** Sends the previewed e-mail, with the saved texts, to the signed-in administrator (ADMIN). */
export function SendTestButton({ typeKey, locale, payload }: SendTestButtonProps) {
  const t = useTranslations("templates.test");
  const errorText = useErrorText();
  const send = useSendTest();
  const disabled = payload === null || send.isPending;
  return (
    <div className="grid justify-items-end gap-1">
      <Button
        onClick={() => payload !== null && send.mutate({ typeKey, locale, payload })}
        disabled={disabled}
        aria-describedby="send-test-status"
        data-testid="send-test"
      >
        <Send aria-hidden />
        {send.isPending ? t("sending") : t("send")}
      </Button>
      <p
        id="send-test-status"
        aria-live="polite"
        data-testid="send-test-status"
        className={cn(
          "max-w-sm text-right text-xs",
          send.isError ? "text-destructive" : "text-muted-foreground",
        )}
      >
        {payload === null
          ? t("fixPayload")
          : send.isSuccess
            ? t("sent", { to: send.data.to, subject: send.data.subject })
            : send.isError
              ? t("failed", { message: errorText(send.error.message) ?? "" })
              : null}
      </p>
    </div>
  );
}
