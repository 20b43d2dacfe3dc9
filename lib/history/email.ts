// The e-mail exactly as a delivery sent it: the shared render (one per event × locale × time zone)
// with the delivery's personal parts filled in by the same `personalise` the worker uses, and the
// headers the sender adds. Rebuilt on read, never stored per recipient.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { headersFor, TEST_SUBJECT_PREFIX, type DeliveryPersonal } from "@/lib/dispatch/worker/personal";
import { env } from "@/lib/env";
import { personalise, type PreparedNotification, type RenderedEmail } from "@/lib/templates/render";

/** A delivery's stored personal parts (lib/dispatch/worker/personal.ts), or null when unusable. */
export function readPersonal(value: Prisma.JsonValue | null): DeliveryPersonal | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const { name, reason, unsubscribeUrl, oneClickUrl, test, from } = value as Record<string, unknown>;
  if (typeof name !== "string" || typeof reason !== "string") return null;
  return {
    name,
    reason,
    unsubscribeUrl: typeof unsubscribeUrl === "string" ? unsubscribeUrl : undefined,
    oneClickUrl: typeof oneClickUrl === "string" ? oneClickUrl : undefined,
    test: test === true,
    from: typeof from === "string" ? from : undefined,
  };
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
  /** The personal parts it was made with (null for a digest, rendered whole). */
  personal: DeliveryPersonal | null;
}

/** The delivery's e-mail, or null while it has not been rendered (queued) or its render is gone. */
export function emailOf(
  render: { kind: "EVENT" | "DIGEST"; content: Prisma.JsonValue } | null,
  personal: Prisma.JsonValue | null,
): SentEmail | null {
  if (!render) return null;
  if (render.kind === "DIGEST") {
    const content: unknown = render.content;
    return isRendered(content) ? { ...content, personal: null } : null;
  }
  const parts = readPersonal(personal);
  if (!parts || !isPrepared(render.content)) return null;
  const email = personalise(render.content, parts);
  // As the worker composes it (lib/dispatch/worker/process.ts).
  return { ...email, subject: `${parts.test ? TEST_SUBJECT_PREFIX : ""}${email.subject}`, personal: parts };
}

/** The headers of a delivery's e-mail as the worker sets them (lib/dispatch/worker/personal.ts), in order. */
export function headersOf(delivery: {
  id: string;
  eventId: string;
  email: string;
  name: string;
  messageId: string;
  subject: string | null;
  personal: DeliveryPersonal | null;
}): [name: string, value: string][] {
  return [
    // The From the worker recorded with the e-mail; rows prepared before it was recorded: MAIL_FROM.
    ["From", delivery.personal?.from ?? env.MAIL_FROM],
    ["To", delivery.email],
    ["Subject", delivery.subject ?? ""],
    ...Object.entries(
      headersFor({
        deliveryId: delivery.id,
        eventId: delivery.eventId,
        messageId: delivery.messageId,
        personal: delivery.personal,
      }),
    ),
  ];
}
