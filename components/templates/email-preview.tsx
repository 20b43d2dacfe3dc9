"use client";

import { AlertTriangle } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { CopyButton } from "@/components/ui/copy-button";
import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { RenderedEmail } from "@/lib/templates/render";
import { cn } from "@/lib/utils";

export type Viewport = "desktop" | "mobile";

interface EmailPreviewProps {
  email?: RenderedEmail;
  viewport: Viewport;
  loading: boolean;
  updating: boolean;
  error?: string;
  /** The editor's payload is invalid: what is shown is the last valid one. */
  stale: boolean;
}

const WIDTHS: Record<Viewport, number> = { desktop: 700, mobile: 375 };

/** One tag per line: enough to read the minified HTML in the Source tab. */
function readableSource(html: string) {
  return html.replace(/></g, ">\n<");
}

function size(text: string) {
  const bytes = new TextEncoder().encode(text).length;
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** The rendered e-mail: subject, then HTML in a script-less sandboxed frame, plain text, or source. */
export function EmailPreview({ email, viewport, loading, updating, error, stale }: EmailPreviewProps) {
  const t = useTranslations("templates.detail");
  const width = WIDTHS[viewport];

  return (
    <div className="grid min-w-0 gap-3" data-testid="email-preview" data-viewport={viewport}>
      <div className="grid gap-1 rounded-lg border bg-card p-3">
        <div className="flex items-center justify-between gap-2">
          <span className="text-xs font-medium text-muted-foreground">{t("subject")}</span>
          <span aria-live="polite" className="text-xs text-muted-foreground">
            {updating ? <Spinner label={t("updating")} className="size-3.5" /> : null}
          </span>
        </div>
        {email ? (
          <p className="font-medium break-words" data-testid="preview-subject">
            {email.subject}
          </p>
        ) : (
          <Skeleton className="h-5 w-2/3" />
        )}
      </div>

      <div aria-live="polite" className="grid gap-2 empty:hidden">
        {error ? (
          <Alert variant="destructive" data-testid="preview-error">
            <AlertTriangle aria-hidden />
            <AlertDescription>{t("renderFailed", { message: error })}</AlertDescription>
          </Alert>
        ) : null}
        {stale && !error ? (
          <Alert variant="warning" data-testid="preview-stale">
            <AlertTriangle aria-hidden />
            <AlertDescription>{t("stale")}</AlertDescription>
          </Alert>
        ) : null}
      </div>

      <Tabs defaultValue="html" className="min-w-0">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <TabsList aria-label={t("formats")}>
            <TabsTrigger value="html">{t("html")}</TabsTrigger>
            <TabsTrigger value="text">{t("text")}</TabsTrigger>
            <TabsTrigger value="source">{t("source")}</TabsTrigger>
          </TabsList>
          {email ? (
            <span className="text-xs text-muted-foreground">
              {t("sizes", { html: size(email.html), text: size(email.text) })}
            </span>
          ) : null}
        </div>
        <TabsContent value="html" className="min-w-0">
          {/* Focusable so keyboard users can scroll the desktop width sideways on a narrow screen. */}
          <div
            tabIndex={0}
            role="region"
            aria-label={t("html")}
            className="overflow-x-auto rounded-lg border bg-muted/40 p-3 [contain:inline-size]"
          >
            {loading && !email ? (
              <div className="mx-auto grid gap-3 rounded bg-background p-6" style={{ maxWidth: width }}>
                <Spinner label={t("rendering")} />
                <Skeleton className="h-4 w-1/3" />
                <Skeleton className="h-6 w-2/3" />
                <Skeleton className="h-40 w-full" />
              </div>
            ) : email ? (
              <iframe
                title={t("frameTitle", { subject: email.subject })}
                srcDoc={email.html}
                sandbox=""
                referrerPolicy="no-referrer"
                data-testid="preview-frame"
                className={cn(
                  "mx-auto block h-[760px] rounded border-0 bg-white shadow-sm transition-[width]",
                  updating && "opacity-70",
                )}
                // The chosen width, or the column's when that is narrower (e-mails are built to shrink):
                // a fixed 700 px frame was cut off at the right of a narrower column.
                style={{ width: "100%", maxWidth: width }}
              />
            ) : null}
          </div>
        </TabsContent>
        <TabsContent value="text">
          <pre
            data-testid="preview-text"
            className="max-h-[760px] overflow-auto rounded-lg border bg-card p-4 font-mono text-xs leading-relaxed whitespace-pre-wrap [contain:inline-size]"
          >
            {email?.text}
          </pre>
        </TabsContent>
        <TabsContent value="source" className="grid gap-2">
          <div className="flex justify-end">
            <CopyButton
              value={email?.html ?? ""}
              label={t("copySource")}
              copiedLabel={t("copied")}
              disabled={!email}
            />
          </div>
          <pre
            data-testid="preview-source"
            className="max-h-[760px] overflow-auto rounded-lg border bg-card p-4 font-mono text-xs leading-relaxed whitespace-pre [contain:inline-size]"
          >
            {email ? readableSource(email.html) : null}
          </pre>
        </TabsContent>
      </Tabs>
    </div>
  );
}
