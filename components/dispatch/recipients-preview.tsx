"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Mail } from "lucide-react";
import { useTranslations } from "next-intl";
import { RecipientsTable } from "@/components/subscriptions/recipients-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { previewDispatchAction } from "@/lib/dispatch/actions";
import { useErrorText } from "@/lib/i18n/use-error-text";
import type { ExtraRecipient } from "./recipients-picker";

export function toActionRecipients(extras: ExtraRecipient[]) {
  return extras.map((item) => (item.kind === "user" ? { userId: item.userId } : { email: item.email }));
}

/**
 * Who the dispatch would reach now (the resolver, through the preview action). One query per type and
 * extra recipients: the table and the send confirmation read the same answer.
 */
export function useRecipientsPreview(typeKey: string, extras: ExtraRecipient[]) {
  const recipients = toActionRecipients(extras);
  return useQuery({
    queryKey: ["dispatch", "recipients", typeKey, JSON.stringify(recipients)] as const,
    queryFn: async () => {
      const result = await previewDispatchAction({ typeKey, recipients });
      if (!result.ok) throw new Error(result.error.message);
      return result.data;
    },
    placeholderData: keepPreviousData,
  });
}

/** Who the dispatch would reach now and why. */
export function RecipientsPreview({
  typeKey,
  extras,
  categoryNames,
}: {
  typeKey: string;
  extras: ExtraRecipient[];
  categoryNames: Record<string, string>;
}) {
  const t = useTranslations("dispatch.preview");
  const errorText = useErrorText();
  const preview = useRecipientsPreview(typeKey, extras);

  if (preview.isPending) return <Spinner label={t("loading")} />;
  if (preview.isError) return <p className="text-sm text-destructive">{errorText(preview.error.message)}</p>;
  const data = preview.data;
  return (
    <div className="grid gap-2" data-testid="dispatch-recipients" data-count={data.count}>
      <p className="text-sm" aria-live="polite">
        {t("count", { count: data.count })}
        {data.ignoresQuietHours ? ` ${t("ignoresQuietHours")}` : ""}
      </p>
      {data.count === 0 ? (
        <EmptyState icon={Mail} title={t("nobody")} description={t("nobodyDescription")} className="py-6" />
      ) : (
        // The table scrolls sideways in its own frame when the column is too narrow (a phone); the
        // reasons keep a width of their own so they wrap by phrase, not word by word.
        <div className="max-h-96 overflow-y-auto [&_td:nth-child(2)]:min-w-40">
          <RecipientsTable
            recipients={data.recipients}
            categoryNames={categoryNames}
            columns={[t("recipient"), t("why"), t("delivery")]}
            rowTestId="dispatch-recipient"
          />
        </div>
      )}
      {data.count > data.recipients.length ? (
        <p className="text-xs text-muted-foreground">
          {t("showing", { shown: data.recipients.length, total: data.count })}
        </p>
      ) : null}
    </div>
  );
}
