// Tolerant matching of a query against a candidate's words: every query word must start one of the
// candidate's words (accents and case ignored, see normalize.ts), or, when it is misspelt, come within
// a small edit distance of the start of one (distance.ts). A query word counts as misspelt only when
// it starts no word of the whole collection searched (its vocabulary): so "expiração" finds exactly
// the expiry types and not also "expirada", while "reestablished" (no such word) still finds the
// manual's "Reestabilished". A candidate has primary words (its names, in every language) and
// secondary words (descriptions, e-mail addresses, keys). Pure: the catalog search, the API and the
// command palette's route all use it.
import { editBudget, prefixDistance } from "./distance";
import { tokenize } from "./normalize";

export interface SearchWords {
  /** Words of the candidate's names (normalized, e.g. by `wordsOf`). */
  primary: readonly string[];
  /** Other words that may match (descriptions, e-mail, key). */
  secondary?: readonly string[];
}

/** One word of the query and how many edits it may carry (0: it must start a word as typed). */
export interface QueryWord {
  text: string;
  budget: number;
}

/** How well a candidate matched; lower is better on both counts. */
export interface MatchScore {
  /**
   * 0: every query word starts a name word; 1: every query word starts some word; 2: as 0 but some
   * word needed edits; 3: as 1 with edits. Exact matches always rank before misspelt ones.
   */
  tier: 0 | 1 | 2 | 3;
  /** Sum over the query words: 0 for a whole word, 1 for a prefix, 1 + edits for a misspelling. */
  cost: number;
}

/** Every distinct word of a collection, sorted, to tell a misspelt query word from a known one. */
export class Vocabulary {
  private readonly sorted: string[];

  constructor(words: Iterable<string>) {
    this.sorted = [...new Set(words)].sort();
  }

  /** Whether some word starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.sorted[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    return this.sorted[low]?.startsWith(prefix) ?? false;
  }
}

/**
 * The query's words with their edit budgets: a word that starts some word of `vocabulary` must match
 * as typed; any other may carry the edits `editBudget` allows for its length.
 */
export function planQuery(query: string, vocabulary: Vocabulary): QueryWord[] {
  return tokenize(query).map((text) => ({
    text,
    budget: vocabulary.hasPrefix(text) ? 0 : editBudget(text.length),
  }));
}

interface WordMatch {
  cost: number;
  fuzzy: boolean;
}

function bestMatch({ text, budget }: QueryWord, words: readonly string[]): WordMatch | null {
  let best: WordMatch | null = null;
  for (const word of words) {
    if (word.startsWith(text)) {
      if (word.length === text.length) return { cost: 0, fuzzy: false };
      best = { cost: 1, fuzzy: false };
    } else if (budget > 0 && (best === null || best.fuzzy)) {
      const edits = prefixDistance(text, word, budget);
      if (edits <= budget && (best === null || 1 + edits < best.cost))
        best = { cost: 1 + edits, fuzzy: true };
    }
  }
  return best;
}

/**
 * How `words` match the query (from `planQuery`), or null when some query word matches none of them.
 * An empty query matches everything, with the best score.
 */
export function matchWords(query: readonly QueryWord[], words: SearchWords): MatchScore | null {
  let cost = 0;
  let inNames = true;
  let fuzzy = false;
  for (const token of query) {
    const primary = bestMatch(token, words.primary);
    const secondary = primary && !primary.fuzzy ? null : bestMatch(token, words.secondary ?? []);
    // A name beats another field, and an exact match anywhere beats a misspelt one in the names.
    const chosen =
      primary && !primary.fuzzy
        ? primary
        : secondary && !secondary.fuzzy
          ? secondary
          : (primary ?? secondary);
    if (!chosen) return null;
    if (chosen === secondary) inNames = false;
    fuzzy ||= chosen.fuzzy;
    cost += chosen.cost;
  }
  return { tier: ((fuzzy ? 2 : 0) + (inNames ? 0 : 1)) as MatchScore["tier"], cost };
}

/** Orders scores: tier, then cost. */
export function compareScores(a: MatchScore, b: MatchScore): number {
  return a.tier - b.tier || a.cost - b.cost;
}

export interface Ranked<T> {
  item: T;
  score: MatchScore;
}

/**
 * The items matching `query` with their scores, best first (tier, then cost, then their given order);
 * the items themselves are the vocabulary, with `moreVocabulary` when only part of the collection
 * searched was given (e.g. the best rows of a database search, whose other words it names). An empty
 * query returns every item in its given order.
 */
export function rankByQuery<T>(
  query: string,
  items: readonly T[],
  wordsOf: (item: T) => SearchWords,
  moreVocabulary: readonly string[] = [],
): Ranked<T>[] {
  const words = items.map(wordsOf);
  const vocabulary = new Vocabulary([
    ...words.flatMap((w) => [...w.primary, ...(w.secondary ?? [])]),
    ...moreVocabulary,
  ]);
  const plan = planQuery(query, vocabulary);
  const ranked: (Ranked<T> & { index: number })[] = [];
  items.forEach((item, index) => {
    const score = matchWords(plan, words[index]!);
    if (score) ranked.push({ item, score, index });
  });
  return ranked
    .sort((a, b) => compareScores(a.score, b.score) || a.index - b.index)
    .map(({ item, score }) => ({ item, score }));
}
