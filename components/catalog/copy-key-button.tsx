"use client";

import { Check, Copy } from "lucide-react";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

type CopyState = "idle" | "copied" | "failed";

/** Copies a type key; the outcome is announced politely and the icon confirms it for two seconds. */
export function CopyKeyButton({ value }: { value: string }) {
  const t = useTranslations("catalog.type");
  const [state, setState] = useState<CopyState>("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <>
      <Button
        variant="ghost"
        size="icon"
        className="size-8"
        onClick={copy}
        aria-label={t("copyKey")}
        title={t("copyKey")}
      >
        {state === "copied" ? <Check aria-hidden className="text-success" /> : <Copy aria-hidden />}
      </Button>
      <span
        role="status"
        aria-live="polite"
        className={state === "failed" ? "text-xs text-destructive" : "sr-only"}
      >
        {state === "copied" ? t("keyCopied") : state === "failed" ? t("copyFailed") : ""}
      </span>
    </>
  );
}
