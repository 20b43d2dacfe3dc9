"use client";

import { Check, Copy } from "lucide-react";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Button, type ButtonProps } from "@/components/ui/button";
import { cn } from "@/lib/utils";

type Status = "idle" | "copied" | "failed";

/** Copies `value`; the outcome is announced politely and a failure stays visible. */
export function CopyButton({
  value,
  label,
  className,
  variant = "outline",
  size = "sm",
}: {
  value: string;
  label?: string;
  className?: string;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
}) {
  const t = useTranslations("apiKeys.copy");
  const [status, setStatus] = useState<Status>("idle");

  useEffect(() => {
    if (status !== "copied") return;
    const timer = setTimeout(() => setStatus("idle"), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  async function copy() {
    try {
      await copyText(value);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }

  return (
    <span className={cn("inline-flex flex-wrap items-center gap-2", className)}>
      <Button type="button" variant={variant} size={size} onClick={copy}>
        {status === "copied" ? <Check aria-hidden /> : <Copy aria-hidden />}
        {label ?? t("copy")}
      </Button>
      <span
        role="status"
        aria-live="polite"
        className={status === "failed" ? "text-xs text-destructive" : "sr-only"}
      >
        {status === "copied" ? t("copied") : status === "failed" ? t("failed") : ""}
      </span>
    </span>
  );
}

// The Clipboard API needs a secure context; an on-premises Herald served over plain HTTP on an
// intranet name falls back to the older selection-based copy.
async function copyText(text: string) {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const copied = document.execCommand("copy");
  area.remove();
  if (!copied) throw new Error("copy refused");
}
