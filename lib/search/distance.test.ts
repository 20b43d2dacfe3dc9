import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editBudget, prefixDistance } from "./distance";

/** Plain, unbounded OSA distance: the reference the bounded one is checked against. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[a.length]![b.length]!;
}

/** The reference prefix distance: the smallest OSA distance to any prefix of `word`. */
const referencePrefix = (query: string, word: string) =>
  Math.min(...Array.from({ length: word.length + 1 }, (_, j) => osa(query, word.slice(0, j))));

const word = fc.string({ unit: fc.constantFrom(..."abcdeoxy"), maxLength: 12 });

describe("editBudget", () => {
  it("allows no edit below 5 letters, 1 from 5, 2 from 9", () => {
    expect([1, 4, 5, 8, 9, 20].map(editBudget)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe("prefixDistance", () => {
  it("measures the brief's misspellings", () => {
    expect(prefixDistance("reestablished", "reestabilished", 2)).toBe(1);
    expect(prefixDistance("critcal", "critical", 1)).toBe(1);
    expect(prefixDistance("ciritcal", "critical", 1)).toBe(2); // a swap plus a missing letter
    expect(prefixDistance("crtiical", "critical", 1)).toBe(1); // one swap
    expect(prefixDistance("expira", "expiracao", 0)).toBe(0);
    expect(prefixDistance("zebra", "critical", 1)).toBe(2);
  });

  it("agrees with the unbounded reference within the bound, and says 'past it' beyond", () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (query, candidate, max) => {
        const expected = referencePrefix(query, candidate);
        expect(prefixDistance(query, candidate, max)).toBe(expected <= max ? expected : max + 1);
      }),
      { numRuns: 500 },
    );
  });

  it("is 0 exactly when the word starts with the query", () => {
    fc.assert(
      fc.property(word, word, (query, candidate) => {
        expect(prefixDistance(query, candidate, 2) === 0).toBe(candidate.startsWith(query));
      }),
    );
  });

  it("forgives one edit anywhere in a word (insertion, deletion, substitution or swap)", () => {
    const edited = fc
      .tuple(
        word.filter((w) => w.length >= 2),
        fc.nat(),
        fc.constantFrom("insert", "delete", "substitute", "swap"),
      )
      .map(([original, at, edit]) => {
        const i = at % original.length;
        const next = i + 1 < original.length ? i : i - 1;
        const changed =
          edit === "insert"
            ? original.slice(0, i) + "z" + original.slice(i)
            : edit === "delete"
              ? original.slice(0, i) + original.slice(i + 1)
              : edit === "substitute"
                ? original.slice(0, i) + "z" + original.slice(i + 1)
                : original.slice(0, next) + original[next + 1] + original[next] + original.slice(next + 2);
        return { original, changed };
      });
    fc.assert(
      fc.property(edited, ({ original, changed }) => {
        expect(prefixDistance(changed, original, 1)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
