import "server-only";
import english from "@/messages/en/common.json";

// Services throw message keys (common.errors.*) for the UI to translate; every JSON route answers with
// the English sentence instead, and leaves text that is not a key as it is.
const sentences: Record<string, string> = english.errors;

export function englishMessage(message: string): string {
  return sentences[message] ?? message;
}

export function englishDetails(
  details: Record<string, string[]> | undefined,
): Record<string, string[]> | undefined {
  if (!details) return undefined;
  return Object.fromEntries(
    Object.entries(details).map(([field, messages]) => [field, messages.map(englishMessage)]),
  );
}
