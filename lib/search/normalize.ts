// Text as the tolerant search compares it. Pure (no server-only): the catalog page, the API and the
// command palette's route all search through lib/search.

/** Lower case with accents stripped ("Expiração" → "expiracao"): NFD, then the combining marks dropped. */
export function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** The words of `text`, normalized: split on anything but letters and digits, empty pieces dropped. */
export function tokenize(text: string): string[] {
  return normalize(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The distinct words of several texts, in first-seen order. */
export function wordsOf(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap(tokenize))];
}
