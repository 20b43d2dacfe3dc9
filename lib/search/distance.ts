// Bounded Damerau (optimal string alignment) distance from a query word to the closest prefix of a
// candidate word: how many insertions, deletions, substitutions or swaps of two neighbouring letters
// turn the query word into the start of the candidate. Pure and allocation-light: it runs for every
// query word against every word of every candidate on each keystroke.

/**
 * How many edits a query word of `length` letters may carry and still match: none below 5 letters
 * (short words have too many near neighbours), 1 from 5, 2 from 9.
 */
export function editBudget(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

/**
 * The smallest OSA distance between `query` and any prefix of `word` (the whole word included), or
 * `max + 1` when every prefix is further than `max`. 0 exactly when `word` starts with `query`.
 */
export function prefixDistance(query: string, word: string, max: number): number {
  const n = query.length;
  const m = word.length;
  if (n === 0) return 0;
  if (m < n - max) return max + 1;
  // Only prefixes of length n - max … n + max can be within max of the query.
  const width = Math.min(m, n + max);
  // Three rows of the DP table: row i holds the distance from query[0, i) to word[0, j).
  let before = new Array<number>(width + 1).fill(0);
  let previous = new Array<number>(width + 1);
  let current = new Array<number>(width + 1);
  for (let j = 0; j <= width; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    const q = query.charCodeAt(i - 1);
    for (let j = 1; j <= width; j++) {
      const w = word.charCodeAt(j - 1);
      const substitution = previous[j - 1]! + (q === w ? 0 : 1);
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
      if (i > 1 && j > 1 && q === word.charCodeAt(j - 2) && query.charCodeAt(i - 2) === w) {
        best = Math.min(best, before[j - 2]! + 1);
      }
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // Every later row is at least this row's minimum: nothing can come back under the bound.
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  let best = max + 1;
  for (let j = Math.max(0, n - max); j <= width; j++) best = Math.min(best, previous[j]!);
  return best;
}
