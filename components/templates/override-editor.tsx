"use client";

import { useActionState, useMemo, useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { FormState } from "@/lib/actions/form-state";
import type { AppLocale } from "@/lib/i18n/locales";
import { useErrorText } from "@/lib/i18n/use-error-text";
import { resetOverrideAction, saveOverrideAction } from "@/lib/templates/actions";
import { OVERRIDE_INTRO_MAX, OVERRIDE_SUBJECT_MAX } from "@/lib/templates/limits";
import type { TemplateDetail } from "@/lib/templates/queries";
import { hasStrayBraces, variablesNotIn } from "@/lib/templates/variables";
import { ResetOverrideDialog } from "./reset-override-dialog";
import { VariablePicker } from "./variable-picker";

export interface OverrideDraft {
  subject: string;
  intro: string;
}

interface OverrideEditorProps {
  detail: TemplateDetail;
  locale: AppLocale;
  draft: OverrideDraft;
  onDraftChange: (draft: OverrideDraft) => void;
}

/** Inserts text at the caret of an input or textarea and returns the new value. */
function insertAtCaret(
  element: HTMLInputElement | HTMLTextAreaElement | null,
  value: string,
  insert: string,
) {
  const start = element?.selectionStart ?? value.length;
  const end = element?.selectionEnd ?? value.length;
  const next = value.slice(0, start) + insert + value.slice(end);
  requestAnimationFrame(() => {
    element?.focus();
    element?.setSelectionRange(start + insert.length, start + insert.length);
  });
  return next;
}

/** The "Texts" of a type in one language: subject and intro overrides with variables (ADMIN). */
export function OverrideEditor({ detail, locale, draft, onDraftChange }: OverrideEditorProps) {
  const t = useTranslations("templates");
  const format = useFormatter();
  const errorText = useErrorText();
  const [saveState, saveAction, saving] = useActionState(saveOverrideAction, {});
  const [resetState, setResetState] = useState<FormState>({});
  const [last, setLast] = useState<"save" | "reset" | null>(null);
  const subjectRef = useRef<HTMLInputElement>(null);
  const introRef = useRef<HTMLTextAreaElement>(null);
  const saved = detail.overrides[locale];
  const language = t(`locales.${locale}`);
  // The paths this type's texts may use, as the page listed them (no payload schema in the browser).
  const known = useMemo(() => new Set(detail.variables.map((variable) => variable.path)), [detail.variables]);

  const liveErrors = useMemo(() => {
    const check = (text: string) => {
      const messages: string[] = [];
      const unknown = variablesNotIn(text, known);
      if (unknown.length > 0)
        messages.push(
          t("texts.unknownVariables", { names: unknown.map((name) => `{{${name}}}`).join(", ") }),
        );
      if (hasStrayBraces(text)) messages.push(t("texts.malformed", { example: "{{device.name}}" }));
      return messages;
    };
    return { subject: check(draft.subject), intro: check(draft.intro) };
  }, [draft, known, t]);

  const serverErrors = (field: "subject" | "intro") =>
    (saveState.errors?.[field] ?? []).map((key) => errorText(key) ?? key);
  const errorsFor = (field: "subject" | "intro") => {
    const live = liveErrors[field];
    return live.length > 0 ? live : serverErrors(field);
  };
  const hasLiveErrors = liveErrors.subject.length > 0 || liveErrors.intro.length > 0;
  const result = last === "reset" ? resetState : last === "save" ? saveState : {};
  const status = result.ok
    ? last === "reset" || result.message === "reset"
      ? t("texts.resetDone")
      : t("texts.saved")
    : undefined;

  return (
    <section
      aria-labelledby="texts-title"
      className="grid gap-4 rounded-xl border bg-card p-4"
      data-testid="override-editor"
    >
      <div className="grid gap-1">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="texts-title" className="font-semibold">
            {t("texts.title")} · {language}
          </h2>
          <Badge variant={saved ? "warning" : "secondary"} data-testid="override-status">
            {saved ? t("texts.status.custom") : t("texts.status.default")}
          </Badge>
        </div>
        <p className="text-sm text-muted-foreground">{t("texts.description", { language })}</p>
        {saved ? (
          <p className="text-xs text-muted-foreground">
            {saved.updatedByName
              ? t("texts.lastChanged", {
                  name: saved.updatedByName,
                  date: format.dateTime(new Date(saved.updatedAt), {
                    dateStyle: "medium",
                    timeStyle: "short",
                  }),
                })
              : t("texts.lastChangedUnknown", {
                  date: format.dateTime(new Date(saved.updatedAt), {
                    dateStyle: "medium",
                    timeStyle: "short",
                  }),
                })}
          </p>
        ) : null}
      </div>

      <form action={saveAction} onSubmit={() => setLast("save")} className="grid gap-4" noValidate>
        <input type="hidden" name="typeKey" value={detail.key} />
        <input type="hidden" name="locale" value={locale} />
        <Field
          id="override-subject"
          label={t("texts.subject")}
          description={t("texts.subjectHelp", { default: detail.defaults[locale].subject })}
          errors={errorsFor("subject")}
          labelAside={
            <VariablePicker
              variables={detail.variables}
              field={t("texts.subject")}
              onPick={(path) =>
                onDraftChange({
                  ...draft,
                  subject: insertAtCaret(subjectRef.current, draft.subject, `{{${path}}}`),
                })
              }
            />
          }
        >
          <Input
            ref={subjectRef}
            name="subject"
            value={draft.subject}
            maxLength={OVERRIDE_SUBJECT_MAX}
            onChange={(event) => onDraftChange({ ...draft, subject: event.target.value })}
            placeholder={detail.defaults[locale].subject}
            data-testid="override-subject"
            {...fieldControlProps("override-subject", errorsFor("subject"), { description: true })}
          />
        </Field>
        <Field
          id="override-intro"
          label={t("texts.intro")}
          description={t("texts.introHelp")}
          errors={errorsFor("intro")}
          labelAside={
            <VariablePicker
              variables={detail.variables}
              field={t("texts.intro")}
              onPick={(path) =>
                onDraftChange({
                  ...draft,
                  intro: insertAtCaret(introRef.current, draft.intro, `{{${path}}}`),
                })
              }
            />
          }
        >
          <Textarea
            ref={introRef}
            name="intro"
            value={draft.intro}
            maxLength={OVERRIDE_INTRO_MAX}
            rows={4}
            onChange={(event) => onDraftChange({ ...draft, intro: event.target.value })}
            data-testid="override-intro"
            {...fieldControlProps("override-intro", errorsFor("intro"), { description: true })}
          />
        </Field>

        <div aria-live="polite" className="empty:hidden">
          {status ? (
            <Alert variant="success" role="status" data-testid="override-result">
              <AlertDescription>{status}</AlertDescription>
            </Alert>
          ) : result.message && !result.ok ? (
            <Alert variant="destructive">
              <AlertDescription>{errorText(result.message)}</AlertDescription>
            </Alert>
          ) : null}
        </div>

        <div className="flex flex-wrap items-center justify-end gap-2">
          {saved ? (
            <ResetOverrideDialog
              language={language}
              disabled={saving}
              onConfirm={async () => {
                const data = new FormData();
                data.set("typeKey", detail.key);
                data.set("locale", locale);
                const state = await resetOverrideAction({}, data);
                // Failures stay in the dialog; success also shows below the fields.
                if (state.ok) {
                  setResetState(state);
                  setLast("reset");
                }
                return state;
              }}
            />
          ) : null}
          <Button type="submit" disabled={hasLiveErrors} pending={saving} data-testid="override-save">
            {saving ? t("texts.saving") : t("texts.save")}
          </Button>
        </div>
      </form>
    </section>
  );
}
