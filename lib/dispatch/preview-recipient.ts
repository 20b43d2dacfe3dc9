// Whose copy the dispatch form's e-mail preview shows. Pure (no database, no "server-only"), so the
// choice can be tested alone and the form's table and preview agree on the order.
import type { ResolvedRecipient } from "@/lib/subscriptions/types";

/**
 * The first recipient (in the resolver's order, as the recipients table lists them) who would get this
 * e-mail on its own: an immediate recipient. When everyone gets it in their daily digest, the first of
 * those; undefined when nobody would get it (the preview then shows no one's copy).
 */
export function pickPreviewRecipient<T extends Pick<ResolvedRecipient, "mode" | "suppressed">>(
  recipients: readonly T[],
): T | undefined {
  const receiving = recipients.filter((recipient) => !recipient.suppressed);
  return receiving.find((recipient) => recipient.mode === "IMMEDIATE") ?? receiving[0];
}
