"use client";

import { CheckCircle2, Send, XCircle } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { PayloadEditor } from "@/components/templates/payload-editor";
import type { LocatedIssue } from "@/components/templates/payload-validation";
import { useDebouncedValue } from "@/components/templates/use-debounced-value";
import { sampleCheck, usePayloadCheck } from "@/components/templates/use-payload-check";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ConfirmResult } from "@/components/ui/confirm-outcome";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { SectionCard } from "@/components/ui/section-card";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { dispatchEventAction } from "@/lib/dispatch/actions";
import type { FieldNode } from "@/lib/templates/fields";
import type { TypeKey } from "@/lib/templates/payloads";
import { DispatchEmailPreview } from "./dispatch-email-preview";
import { PayloadForm } from "./payload-form";
import { RecipientsPicker, type ExtraRecipient } from "./recipients-picker";
import { RecipientsPreview, toActionRecipients, useRecipientsPreview } from "./recipients-preview";

type Outcome = { eventId: string; deliveryCount: number; duplicate: boolean };

/**
 * Dispatch one event by hand (ADMIN): the payload as a generated form or JSON (validated as you type
 * against the type's schema), extra recipients, who it reaches and why, the e-mail as its first
 * recipient will get it (not as the administrator), and Send, confirmed in a dialog naming the type and
 * how many get it. The form's field tree comes from the server; the validator (zod and every type's
 * schema) loads on the first edit, as in the template preview (the sample is valid as it is).
 */
export function DispatchWorkbench({
  typeKey,
  typeName,
  sample,
  tree,
  categoryNames,
}: {
  typeKey: TypeKey;
  /** The type's name in the reader's language, for the confirmation. */
  typeName: string;
  sample: unknown;
  /** The type's payload schema as fields (lib/templates/fields), read on the server. */
  tree: FieldNode;
  categoryNames: Record<string, string>;
}) {
  const t = useTranslations("dispatch");
  const tp = useTranslations("templates.payload");
  const sampleText = useMemo(() => JSON.stringify(sample, null, 2), [sample]);
  const [tab, setTab] = useState<"form" | "json">("form");
  const [value, setValue] = useState<unknown>(() => structuredClone(sample));
  const [text, setText] = useState(sampleText);
  const [extras, setExtras] = useState<ExtraRecipient[]>([]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const recipients = useRecipientsPreview(typeKey, extras);

  // The form edits `value`; the JSON tab edits `text`. Whichever is shown is the truth.
  const source = tab === "form" ? JSON.stringify(value ?? {}) : text;
  const debounced = useDebouncedValue(source, 250);
  // The sample as the shown tab writes it: compact from the form, indented in the JSON tab.
  const unedited = useMemo(
    () => ({ text: tab === "form" ? JSON.stringify(sample) : sampleText, check: sampleCheck(sample) }),
    [tab, sample, sampleText],
  );
  const check = usePayloadCheck(typeKey, debounced, unedited);
  const current = usePayloadCheck(typeKey, source, unedited);
  const [lastValid, setLastValid] = useState(unedited.check);
  if (check.state === "valid" && (lastValid.state !== "valid" || check.canonical !== lastValid.canonical))
    setLastValid(check);
  const canonical = lastValid.state === "valid" ? lastValid.canonical : null;

  const issueText = (issue: LocatedIssue) =>
    issue.key && tp.has(`codes.${issue.key}`) ? tp(`codes.${issue.key}`, issue.values) : issue.raw;
  const issues = useMemo(() => {
    const map = new Map<string, string[]>();
    if (check.state === "invalid")
      for (const issue of check.issues)
        map.set(issue.path, [...(map.get(issue.path) ?? []), issueText(issue)]);
    return map;
    // issueText only reads translations, stable for the page's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [check]);

  function switchTab(next: string) {
    if (next === "json" && tab === "form") setText(JSON.stringify(value ?? {}, null, 2));
    if (next === "form" && tab === "json") {
      try {
        setValue(JSON.parse(text));
      } catch {
        return; // keep the JSON tab until its text parses
      }
    }
    setTab(next === "json" ? "json" : "form");
  }

  // Runs once confirmed; the dialog shows "Sending…" and cannot be confirmed twice meanwhile, and it
  // keeps a failure on screen (the payload refused at the last check, or the action's error).
  async function send(): Promise<ConfirmResult> {
    setOutcome(null);
    // What is shown may be the last check while the validator loads: check the text being sent.
    const { checkPayload } = await import("@/components/templates/payload-validation");
    const sent = checkPayload(typeKey, source);
    if (sent.state !== "valid") return { message: "checkFields" };
    const result = await dispatchEventAction({
      typeKey,
      payload: sent.payload as Record<string, unknown>,
      recipients: toActionRecipients(extras),
    });
    if (result.ok) setOutcome(result.data);
    return result;
  }

  const count = recipients.data?.count;

  const status = (
    <span
      data-testid="dispatch-payload-status"
      data-state={current.state}
      className={`inline-flex items-center gap-1 text-xs font-medium ${current.state === "valid" ? "text-success" : "text-destructive"}`}
    >
      {current.state === "valid" ? (
        <CheckCircle2 aria-hidden className="size-3.5" />
      ) : (
        <XCircle aria-hidden className="size-3.5" />
      )}
      {current.state === "valid"
        ? tp("valid")
        : tp("problems", { count: current.state === "syntax" ? 1 : current.issues.length })}
    </span>
  );

  return (
    <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,30rem)_minmax(0,1fr)]">
      <div className="grid min-w-0 gap-6">
        <Card className="gap-3">
          <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-2">
            <div className="grid gap-1">
              <CardTitle as="h2">{t("payloadTitle")}</CardTitle>
              <CardDescription>{t("payloadDescription")}</CardDescription>
            </div>
            {status}
          </CardHeader>
          <CardContent>
            <Tabs value={tab} onValueChange={switchTab}>
              <TabsList aria-label={t("payloadTabs")}>
                <TabsTrigger value="form">{t("formTab")}</TabsTrigger>
                <TabsTrigger value="json">{t("jsonTab")}</TabsTrigger>
              </TabsList>
              <TabsContent value="form" className="pt-3">
                <PayloadForm tree={tree} value={value} onChange={setValue} issues={issues} />
              </TabsContent>
              <TabsContent value="json" className="pt-3">
                <PayloadEditor
                  text={text}
                  onChange={setText}
                  check={check}
                  onRestore={() => setText(sampleText)}
                />
              </TabsContent>
            </Tabs>
          </CardContent>
        </Card>
        <SectionCard
          title={t("recipientsTitle")}
          description={t("recipientsDescription")}
          contentClassName="grid gap-4"
        >
          <RecipientsPicker value={extras} onChange={setExtras} />
          <RecipientsPreview typeKey={typeKey} extras={extras} categoryNames={categoryNames} />
        </SectionCard>
      </div>
      <div className="grid min-w-0 gap-4">
        <div className="grid gap-3 rounded-xl border bg-card p-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-muted-foreground">{t("sendNote")}</p>
            <ConfirmDialog
              trigger={
                <Button disabled={current.state !== "valid"} data-testid="dispatch-send">
                  <Send aria-hidden />
                  {t("send")}
                </Button>
              }
              variant="default"
              title={
                count === undefined
                  ? t("confirmTitleUncounted", { name: typeName })
                  : t("confirmTitle", { name: typeName, count })
              }
              description={t("confirmDescription")}
              confirmLabel={t("send")}
              pendingLabel={t("sending")}
              // The result below (a live region) says what was queued and links to the event.
              onConfirm={send}
              confirmTestId="dispatch-confirm"
            />
          </div>
          <div aria-live="polite" className="empty:hidden">
            {outcome ? (
              <Alert variant="success" data-testid="dispatch-result">
                <CheckCircle2 aria-hidden />
                <AlertTitle>
                  {outcome.duplicate ? t("duplicate") : t("sent", { count: outcome.deliveryCount })}
                </AlertTitle>
                <AlertDescription>
                  <Link
                    href={`/events/${outcome.eventId}` as Route}
                    className="font-medium underline underline-offset-4"
                    data-testid="dispatch-event-link"
                  >
                    {t("openEvent")}
                  </Link>
                </AlertDescription>
              </Alert>
            ) : null}
          </div>
        </div>
        <section aria-label={t("previewTitle")} className="min-w-0">
          <DispatchEmailPreview
            typeKey={typeKey}
            extras={extras}
            payload={canonical}
            stale={check.state !== "valid"}
          />
        </section>
      </div>
    </div>
  );
}
