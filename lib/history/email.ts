// The e-mail exactly as a delivery sent it: the shared render (one per event × locale × time zone)
// with the delivery's personal parts filled in by the same `personalise` the worker uses, and the
// headers the sender adds. Rebuilt on read, never stored per recipient.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { findType } from "@/lib/catalog/definitions";
import { env } from "@/lib/env";
import { personalise, type PreparedNotification, type RenderedEmail } from "@/lib/templates/render";

interface Personal {
  name: string;
  reason: string;
  unsubscribeUrl?: string;
}

function readPersonal(value: Prisma.JsonValue | null): Personal | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const { name, reason, unsubscribeUrl } = value as Record<string, unknown>;
  if (typeof name !== "string" || typeof reason !== "string") return null;
  return { name, reason, unsubscribeUrl: typeof unsubscribeUrl === "string" ? unsubscribeUrl : undefined };
}

function isRendered(value: unknown): value is RenderedEmail {
  if (!value || typeof value !== "object") return false;
  const { subject, html, text } = value as Record<string, unknown>;
  return typeof subject === "string" && typeof html === "string" && typeof text === "string";
}

function isPrepared(value: unknown): value is PreparedNotification {
  return Boolean(
    value &&
    typeof value === "object" &&
    "subject" in value &&
    "withoutUnsubscribe" in value &&
    typeof (value as { typeKey?: unknown }).typeKey === "string",
  );
}

export interface SentEmail extends RenderedEmail {
  unsubscribeUrl: string | null;
}

/** The delivery's e-mail, or null while it has not been rendered (queued) or its render is gone. */
export function emailOf(
  render: { kind: "EVENT" | "DIGEST"; content: Prisma.JsonValue } | null,
  personal: Prisma.JsonValue | null,
): SentEmail | null {
  if (!render) return null;
  if (render.kind === "DIGEST") {
    const content: unknown = render.content;
    return isRendered(content) ? { ...content, unsubscribeUrl: null } : null;
  }
  const parts = readPersonal(personal);
  if (!parts || !isPrepared(render.content)) return null;
  return { ...personalise(render.content, parts), unsubscribeUrl: parts.unsubscribeUrl ?? null };
}

/** The headers Herald sets on a delivery's e-mail (docs/dispatch.md, "Send"), in sending order. */
export function headersOf(delivery: {
  id: string;
  email: string;
  name: string;
  typeKey: string;
  messageId: string;
  subject: string | null;
  unsubscribeUrl: string | null;
}): [name: string, value: string][] {
  const headers: [string, string][] = [
    ["From", env.MAIL_FROM],
    ["To", `${delivery.name} <${delivery.email}>`],
    ["Subject", delivery.subject ?? ""],
    ["Message-ID", `<${delivery.messageId}>`],
    ["X-Herald-Delivery-Id", delivery.id],
  ];
  const mandatory = findType(delivery.typeKey)?.mandatory ?? true;
  if (!mandatory && delivery.unsubscribeUrl) {
    headers.push(["List-Unsubscribe", `<${delivery.unsubscribeUrl}>`]);
    headers.push(["List-Unsubscribe-Post", "List-Unsubscribe=One-Click"]);
  }
  return headers;
}
