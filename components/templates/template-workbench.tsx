"use client";

import { Monitor, Smartphone } from "lucide-react";
import { useMemo, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { locales, type AppLocale } from "@/lib/i18n/locales";
import type { TypeKey } from "@/lib/templates/payloads";
import type { TemplateDetail } from "@/lib/templates/queries";
import { EmailPreview, type Viewport } from "./email-preview";
import { OverrideEditor, type OverrideDraft } from "./override-editor";
import { PayloadEditor } from "./payload-editor";
import { hashText } from "./hash-text";
import { SegmentedControl } from "./segmented-control";
import { SendTestButton } from "./send-test-button";
import { useDebouncedValue } from "./use-debounced-value";
import { sampleCheck, usePayloadCheck } from "./use-payload-check";
import { useTemplatePreview } from "./use-template-preview";

interface TemplateWorkbenchProps {
  detail: TemplateDetail;
  initialLocale: AppLocale;
  canEdit: boolean;
  /** Read-only texts per language, for auditors. */
  savedTexts: Record<AppLocale, ReactNode>;
}

function draftsFrom(detail: TemplateDetail): Record<AppLocale, OverrideDraft> {
  return Object.fromEntries(
    locales.map((locale) => [
      locale,
      { subject: detail.overrides[locale]?.subject ?? "", intro: detail.overrides[locale]?.intro ?? "" },
    ]),
  ) as Record<AppLocale, OverrideDraft>;
}

const versionOf = (detail: TemplateDetail) =>
  locales.map((locale) => detail.overrides[locale]?.updatedAt ?? "-").join("|");

/**
 * The preview page's interactive part: language and width switches, the rendered e-mail, the
 * payload editor (validated in the browser, rendered on the server) and, for administrators, the
 * texts editor and "Send test to me".
 */
export function TemplateWorkbench({ detail, initialLocale, canEdit, savedTexts }: TemplateWorkbenchProps) {
  const t = useTranslations("templates");
  const typeKey = detail.key as TypeKey;
  const sampleText = useMemo(() => JSON.stringify(detail.sample, null, 2), [detail.sample]);
  const [locale, setLocale] = useState<AppLocale>(initialLocale);
  const [viewport, setViewport] = useState<Viewport>("desktop");
  const [text, setText] = useState(sampleText);
  const [drafts, setDrafts] = useState(() => draftsFrom(detail));
  const [seenVersion, setSeenVersion] = useState(() => versionOf(detail));

  // Saved or reset texts arrive as new props: the drafts follow them (state adjusted during render).
  const version = versionOf(detail);
  if (version !== seenVersion) {
    setSeenVersion(version);
    setDrafts(draftsFrom(detail));
  }

  const debouncedText = useDebouncedValue(text, 300);
  const sample = useMemo(
    () => ({ text: sampleText, check: sampleCheck(detail.sample) }),
    [sampleText, detail.sample],
  );
  const check = usePayloadCheck(typeKey, debouncedText, sample);
  const [lastValid, setLastValid] = useState(sample.check);
  if (check.state === "valid" && (lastValid.state !== "valid" || check.canonical !== lastValid.canonical))
    setLastValid(check);
  const canonical = lastValid.state === "valid" ? lastValid.canonical : null;

  const draft = drafts[locale];
  const debouncedDraft = useDebouncedValue(draft, 300);
  const override = canEdit
    ? debouncedDraft.subject.trim() || debouncedDraft.intro.trim()
      ? debouncedDraft
      : null
    : detail.overrides[locale]
      ? { subject: detail.overrides[locale]?.subject ?? "", intro: detail.overrides[locale]?.intro ?? "" }
      : null;

  const preview = useTemplatePreview({
    typeKey,
    locale,
    payload: canonical,
    payloadHash: canonical ? hashText(canonical) : "",
    override,
  });

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl border bg-card px-4 py-3">
        <div className="flex flex-wrap items-center gap-4">
          <SegmentedControl
            legend={t("detail.language")}
            value={locale}
            onChange={setLocale}
            options={locales.map((value) => ({ value, label: t(`locales.${value}`) }))}
            testId="locale-switch"
          />
          <SegmentedControl
            legend={t("detail.width")}
            value={viewport}
            onChange={setViewport}
            options={[
              {
                value: "desktop",
                label: t("detail.desktop"),
                icon: <Monitor aria-hidden className="size-3.5" />,
              },
              {
                value: "mobile",
                label: t("detail.mobile"),
                icon: <Smartphone aria-hidden className="size-3.5" />,
              },
            ]}
            testId="viewport-switch"
          />
        </div>
        {canEdit ? (
          <SendTestButton
            typeKey={typeKey}
            locale={locale}
            payload={check.state === "valid" ? check.payload : null}
          />
        ) : null}
      </div>

      <div className="grid items-start gap-4 xl:grid-cols-[minmax(0,1fr)_26rem]">
        <section aria-label={t("detail.previewTitle")} className="min-w-0">
          <EmailPreview
            email={preview.data}
            viewport={viewport}
            loading={preview.isPending}
            updating={preview.isFetching && !preview.isPending}
            error={preview.error?.message}
            stale={check.state !== "valid"}
          />
        </section>
        <div className="grid min-w-0 gap-4">
          {canEdit ? (
            <OverrideEditor
              key={locale}
              detail={detail}
              locale={locale}
              draft={draft}
              onDraftChange={(next) => setDrafts((current) => ({ ...current, [locale]: next }))}
            />
          ) : (
            savedTexts[locale]
          )}
          <PayloadEditor text={text} onChange={setText} check={check} onRestore={() => setText(sampleText)} />
        </div>
      </div>
    </div>
  );
}
