// Inline-style tokens for every template: system fonts only (no web fonts), a light palette that
// reads the same in every client, and one colour per severity (always paired with its label).
import type { CSSProperties } from "react";
import type { Severity } from "@/lib/catalog/types";

export const fonts = {
  sans: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
  mono: "SFMono-Regular, Consolas, 'Liberation Mono', Menlo, monospace",
};

export const colors = {
  page: "#f3f4f6",
  card: "#ffffff",
  border: "#e5e7eb",
  text: "#111827",
  muted: "#6b7280",
  subtle: "#f9fafb",
  link: "#1d4ed8",
  primary: "#1e3a8a",
  approve: "#15803d",
  reject: "#b91c1c",
};

export const severityColors: Record<Severity, { bar: string; text: string; background: string }> = {
  info: { bar: "#2563eb", text: "#1e40af", background: "#dbeafe" },
  low: { bar: "#0d9488", text: "#115e59", background: "#ccfbf1" },
  medium: { bar: "#d97706", text: "#92400e", background: "#fef3c7" },
  high: { bar: "#ea580c", text: "#9a3412", background: "#ffedd5" },
  critical: { bar: "#dc2626", text: "#991b1b", background: "#fee2e2" },
};

export const text = {
  body: {
    margin: "0 0 12px",
    fontSize: "15px",
    lineHeight: "22px",
    color: colors.text,
  } satisfies CSSProperties,
  small: {
    margin: "0 0 8px",
    fontSize: "12px",
    lineHeight: "18px",
    color: colors.muted,
  } satisfies CSSProperties,
  heading: {
    margin: "0 0 16px",
    fontSize: "20px",
    lineHeight: "28px",
    fontWeight: 600,
    color: colors.text,
  } satisfies CSSProperties,
  sectionTitle: {
    margin: "24px 0 8px",
    fontSize: "13px",
    lineHeight: "18px",
    fontWeight: 600,
    color: colors.muted,
    textTransform: "uppercase",
    letterSpacing: "0.04em",
  } satisfies CSSProperties,
};

export const cell: CSSProperties = {
  padding: "8px 10px",
  borderTop: `1px solid ${colors.border}`,
  fontSize: "14px",
  lineHeight: "20px",
  verticalAlign: "top",
  color: colors.text,
  wordBreak: "break-word",
};

export const codeText: CSSProperties = { fontFamily: fonts.mono, fontSize: "13px" };

/** The page behind an e-mail and its 600px card: every Herald e-mail (notifications, the digest) uses both. */
export const frame: { body: CSSProperties; container: CSSProperties } = {
  body: { margin: 0, padding: "24px 12px", backgroundColor: colors.page, fontFamily: fonts.sans },
  container: {
    width: "100%",
    maxWidth: "600px",
    backgroundColor: colors.card,
    border: `1px solid ${colors.border}`,
    borderRadius: "8px",
  },
};
