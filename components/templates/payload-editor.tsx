"use client";

import { CheckCircle2, RotateCcw, WandSparkles, XCircle } from "lucide-react";
import { useRef } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/utils";
import type { LocatedIssue, PayloadCheck } from "./payload-validation";

interface PayloadEditorProps {
  text: string;
  onChange: (text: string) => void;
  /** The check of the (debounced) text. */
  check: PayloadCheck;
  onRestore: () => void;
}

/** Moves the caret to the start of a 1-based line. */
function focusLine(textarea: HTMLTextAreaElement, line: number) {
  const offset =
    textarea.value
      .split("\n")
      .slice(0, line - 1)
      .join("\n").length + (line > 1 ? 1 : 0);
  textarea.focus();
  textarea.setSelectionRange(offset, offset);
  const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 18;
  textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

/** The payload as editable JSON, validated as you type, with every problem listed at its path and line. */
export function PayloadEditor({ text, onChange, check, onRestore }: PayloadEditorProps) {
  const t = useTranslations("templates.payload");
  const textarea = useRef<HTMLTextAreaElement>(null);
  const invalid = check.state !== "valid";
  const message = (issue: LocatedIssue) =>
    issue.key && t.has(`codes.${issue.key}`) ? t(`codes.${issue.key}`, issue.values) : issue.raw;

  return (
    <section aria-labelledby="payload-title" className="grid gap-3 rounded-xl border bg-card p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="grid gap-1">
          <h2 id="payload-title" className="font-semibold">
            {t("title")}
          </h2>
          <p className="text-sm text-muted-foreground">{t("description")}</p>
        </div>
        <div className="flex gap-2">
          <Button
            variant="outline"
            size="sm"
            disabled={check.state !== "valid"}
            onClick={() => check.state === "valid" && onChange(JSON.stringify(JSON.parse(text), null, 2))}
          >
            <WandSparkles aria-hidden />
            {t("format")}
          </Button>
          <Button variant="outline" size="sm" onClick={onRestore} data-testid="payload-restore">
            <RotateCcw aria-hidden />
            {t("restore")}
          </Button>
        </div>
      </div>
      <div className="grid gap-2">
        <div className="flex items-center justify-between gap-2">
          <Label htmlFor="payload-json">{t("label")}</Label>
          <span
            data-testid="payload-status"
            data-state={check.state}
            className={cn(
              "inline-flex items-center gap-1 text-xs font-medium",
              invalid ? "text-destructive" : "text-success",
            )}
          >
            {invalid ? (
              <XCircle aria-hidden className="size-3.5" />
            ) : (
              <CheckCircle2 aria-hidden className="size-3.5" />
            )}
            {check.state === "valid"
              ? t("valid")
              : t("problems", { count: check.state === "syntax" ? 1 : check.issues.length })}
          </span>
        </div>
        <Textarea
          ref={textarea}
          id="payload-json"
          value={text}
          onChange={(event) => onChange(event.target.value)}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          aria-invalid={invalid || undefined}
          aria-describedby="payload-issues"
          data-testid="payload-editor"
          className="field-sizing-fixed h-[28rem] resize-y font-mono text-xs leading-[1.125rem] md:text-xs"
        />
        <div
          id="payload-issues"
          aria-live="polite"
          data-testid="payload-issues"
          className="grid gap-1 text-sm"
        >
          {check.state === "syntax" ? (
            <p className="text-destructive">{t("syntax", { message: check.message })}</p>
          ) : null}
          {check.state === "invalid" ? (
            <ul className="grid gap-1">
              {check.issues.map((issue) => (
                <li key={`${issue.path}-${issue.raw}`} data-testid="payload-issue" data-path={issue.path}>
                  <button
                    type="button"
                    className="w-full rounded px-1 py-0.5 text-left text-destructive hover:bg-destructive/10"
                    onClick={() => textarea.current && issue.line && focusLine(textarea.current, issue.line)}
                  >
                    <code className="font-mono text-xs">{issue.path || t("root")}</code>
                    {` — ${message(issue)}`}
                    {issue.line ? (
                      <span className="text-xs text-muted-foreground">{` (${t("line", { line: issue.line })})`}</span>
                    ) : null}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </section>
  );
}
