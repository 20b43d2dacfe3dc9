"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { MailX } from "lucide-react";
import { useTranslations } from "next-intl";
import { EmailPreview } from "@/components/templates/email-preview";
import { hashText } from "@/components/templates/hash-text";
import { EmptyState } from "@/components/ui/empty-state";
import { previewDispatchEmailAction } from "@/lib/dispatch/actions";
import { useErrorText } from "@/lib/i18n/use-error-text";
import type { ExtraRecipient } from "./recipients-picker";
import { toActionRecipients } from "./recipients-preview";

/**
 * The e-mail as the dispatch's first recipient would get it (previewDispatchEmailAction): rendered
 * again when the valid payload or the extra recipients change, the previous one shown meanwhile.
 */
function useDispatchEmailPreview(typeKey: string, extras: ExtraRecipient[], payload: string | null) {
  const recipients = toActionRecipients(extras);
  return useQuery({
    queryKey: [
      "dispatch",
      "email",
      typeKey,
      JSON.stringify(recipients),
      payload === null ? "" : hashText(payload),
    ] as const,
    queryFn: async () => {
      const result = await previewDispatchEmailAction({ typeKey, payload: payload ?? "", recipients });
      if (!result.ok) throw new Error(result.error.message);
      return result.data;
    },
    enabled: payload !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/**
 * The dispatch form's e-mail preview: whose copy it is (name, language, address, time zone), then the
 * e-mail; when nobody would get it, says so instead of showing anyone's copy.
 */
export function DispatchEmailPreview({
  typeKey,
  extras,
  payload,
  stale,
}: {
  typeKey: string;
  extras: ExtraRecipient[];
  /** The last valid payload as canonical JSON; null until there is one. */
  payload: string | null;
  /** The payload being edited is invalid: what is shown is the last valid one's e-mail. */
  stale: boolean;
}) {
  const t = useTranslations("dispatch");
  const errorText = useErrorText();
  const preview = useDispatchEmailPreview(typeKey, extras, payload);
  const recipient = preview.data?.recipient;

  if (preview.data && !recipient)
    return (
      <EmptyState
        icon={MailX}
        title={t("previewNobody")}
        description={t("previewNobodyDescription")}
        data-testid="dispatch-preview-empty"
      />
    );
  return (
    <div className="grid min-w-0 gap-3">
      {recipient ? (
        <div aria-live="polite" data-testid="dispatch-preview-recipient" data-email={recipient.email}>
          <p className="text-sm font-medium">
            {t("previewAs", { name: recipient.name, locale: recipient.locale })}
          </p>
          <p className="text-xs break-words text-muted-foreground">
            {t("previewAsDetails", { email: recipient.email, timeZone: recipient.timeZone })}
            {recipient.mode === "DIGEST" ? ` ${t("previewAsDigest")}` : ""}
          </p>
        </div>
      ) : null}
      <EmailPreview
        email={preview.data?.email ?? undefined}
        viewport="desktop"
        loading={preview.isPending}
        updating={preview.isFetching && !preview.isPending}
        error={preview.error ? errorText(preview.error.message) : undefined}
        stale={stale}
      />
    </div>
  );
}
