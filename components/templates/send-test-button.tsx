"use client";

import { Send } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { AppLocale } from "@/lib/i18n/locales";
import { useErrorText } from "@/lib/i18n/use-error-text";
import type { TypeKey } from "@/lib/templates/payloads";
import { SendTestStatus, type SendTestState } from "./send-test-status";
import { useSendTest } from "./use-send-test";

interface SendTestButtonProps {
  typeKey: TypeKey;
  locale: AppLocale;
  /** The editor's valid payload, or null while it has problems. */
  payload: unknown;
}

/** Queues the previewed e-mail, with the saved texts, for the signed-in administrator (ADMIN). */
export function SendTestButton({ typeKey, locale, payload }: SendTestButtonProps) {
  const t = useTranslations("templates.test");
  const errorText = useErrorText();
  const send = useSendTest();
  const state: SendTestState =
    payload === null
      ? { kind: "fixPayload" }
      : send.isSuccess
        ? { kind: "queued", ...send.data }
        : send.isError
          ? { kind: "failed", message: errorText(send.error.message) ?? "" }
          : { kind: "idle" };
  return (
    <div className="grid justify-items-end gap-1">
      <Button
        onClick={() => payload !== null && send.mutate({ typeKey, locale, payload })}
        disabled={payload === null}
        pending={send.isPending}
        aria-describedby="send-test-status"
        data-testid="send-test"
      >
        <Send aria-hidden />
        {send.isPending ? t("sending") : t("send")}
      </Button>
      <SendTestStatus state={state} />
    </div>
  );
}
