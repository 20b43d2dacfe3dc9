import type { AbstractIntlMessages } from "next-intl";
import type { namespaces } from "./messages";

export type Namespace = (typeof namespaces)[number];

/**
 * The namespaces a provider passes to the browser, picked from all of a request's messages. A nested
 * NextIntlClientProvider replaces its parent's messages (use-intl merges nothing), so a list must hold
 * every namespace its client components read; client-messages.test.ts checks each list against them.
 */
export function pickMessages(
  messages: AbstractIntlMessages,
  picked: readonly Namespace[],
): AbstractIntlMessages {
  const result: AbstractIntlMessages = {};
  for (const namespace of picked) {
    const value = messages[namespace];
    if (value === undefined) throw new Error(`No messages for the namespace "${namespace}"`);
    result[namespace] = value;
  }
  return result;
}
