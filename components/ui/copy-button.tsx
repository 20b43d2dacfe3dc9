"use client";

import { Check, Copy } from "lucide-react";
import * as React from "react";
import { Button, type ButtonProps } from "@/components/ui/button";

type CopyStatus = "idle" | "copied" | "failed";

type CopyButtonProps = {
  value: string;
  /** The button's text; with `iconOnly`, its accessible name and tooltip instead. */
  label: string;
  /** Replaces `label` on the button while the copy is confirmed. */
  copiedLabel?: string;
  /** Announced politely after a copy. With `failedMessage`, gives the button a status region. */
  copiedMessage?: string;
  /** Shown (and announced) when the copy fails; it stays visible so it can be read. */
  failedMessage?: string;
  iconOnly?: boolean;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
  className?: string;
  disabled?: boolean;
};

/** Copies `value` to the clipboard and confirms it for two seconds (icon, and optionally label and status). */
function CopyButton({
  value,
  label,
  copiedLabel,
  copiedMessage,
  failedMessage,
  iconOnly = false,
  variant = "outline",
  size = "sm",
  className,
  disabled,
}: CopyButtonProps) {
  const [status, setStatus] = React.useState<CopyStatus>("idle");

  React.useEffect(() => {
    if (status !== "copied") return;
    const timer = setTimeout(() => setStatus("idle"), 2000);
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

  const copied = status === "copied";
  const button = (
    <Button
      variant={variant}
      size={size}
      className={className}
      disabled={disabled}
      onClick={copy}
      aria-label={iconOnly ? label : undefined}
      title={iconOnly ? label : undefined}
    >
      {/* An icon-only button has no text to change, so its icon carries the confirmation in colour. */}
      {copied ? (
        <Check aria-hidden className={iconOnly ? "text-success" : undefined} />
      ) : (
        <Copy aria-hidden />
      )}
      {iconOnly ? null : copied && copiedLabel ? copiedLabel : label}
    </Button>
  );

  if (copiedMessage === undefined && failedMessage === undefined) return button;

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {button}
      <span
        role="status"
        aria-live="polite"
        className={status === "failed" ? "text-xs text-destructive" : "sr-only"}
      >
        {copied ? copiedMessage : status === "failed" ? failedMessage : ""}
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

export { CopyButton, type CopyButtonProps };
