import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchWords, planQuery, rankByQuery, Vocabulary } from "./match";
import { normalize, wordsOf } from "./normalize";

interface Item {
  name: string;
  description: string;
}
const items: Item[] = [
  { name: "Reestabilished Connectivity", description: "A device answers again" },
  { name: "Conectividade restabelecida", description: "Um dispositivo voltou a responder" },
  { name: "CPU critical", description: "Processor usage above the critical threshold" },
  { name: "Senhas expiradas", description: "Credenciais cuja senha expirou" },
  { name: "Certificate expiration alert", description: "Alerta de expiração de certificado" },
];
const wordsOfItem = (item: Item) => ({
  primary: wordsOf([item.name]),
  secondary: wordsOf([item.description]),
});
const names = (query: string) => rankByQuery(query, items, wordsOfItem).map(({ item }) => item.name);

describe("Vocabulary", () => {
  it("tells whether some word starts with a prefix", () => {
    const vocabulary = new Vocabulary(["senha", "expirada", "critical"]);
    expect(["sen", "senha", "expir", "crit", ""].map((p) => vocabulary.hasPrefix(p))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["senhas", "zebra", "criticals"].map((p) => vocabulary.hasPrefix(p))).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe("planQuery", () => {
  it("lets only words the vocabulary does not know carry edits", () => {
    const vocabulary = new Vocabulary(wordsOf(items.map((i) => i.name)));
    expect(planQuery("Reestablished CPU critcal", vocabulary)).toEqual([
      { text: "reestablished", budget: 2 },
      { text: "cpu", budget: 0 },
      { text: "critcal", budget: 1 },
    ]);
    expect(planQuery("crit", vocabulary)).toEqual([{ text: "crit", budget: 0 }]);
  });
});

describe("matchWords", () => {
  const words = { primary: ["cpu", "critical"], secondary: ["processor", "usage"] };
  it("scores whole words, prefixes, other fields and misspellings", () => {
    expect(matchWords([{ text: "cpu", budget: 0 }], words)).toEqual({ tier: 0, cost: 0 });
    expect(matchWords([{ text: "crit", budget: 0 }], words)).toEqual({ tier: 0, cost: 1 });
    expect(matchWords([{ text: "usage", budget: 1 }], words)).toEqual({ tier: 1, cost: 0 });
    expect(matchWords([{ text: "critcal", budget: 1 }], words)).toEqual({ tier: 2, cost: 2 });
    expect(matchWords([{ text: "usgae", budget: 1 }], words)).toEqual({ tier: 3, cost: 2 });
    expect(matchWords([{ text: "critcal", budget: 0 }], words)).toBeNull();
    expect(
      matchWords(
        [
          { text: "cpu", budget: 0 },
          { text: "zebra", budget: 1 },
        ],
        words,
      ),
    ).toBeNull();
    expect(matchWords([], words)).toEqual({ tier: 0, cost: 0 });
  });
});

describe("rankByQuery", () => {
  it("finds the brief's misspellings and accent-less Portuguese", () => {
    expect(names("reestablished")).toEqual(["Reestabilished Connectivity"]);
    expect(names("cpu critcal")).toEqual(["CPU critical"]);
    expect(names("certificado expiracao")).toEqual(["Certificate expiration alert"]);
    expect(names("CONECTIVIDADE restabelecída")).toEqual(["Conectividade restabelecida"]);
  });

  it("puts name matches before description matches, exact before misspelt", () => {
    // "critical" names one item and describes the same one; "expir" names one, describes two
    expect(names("expir")).toEqual(["Senhas expiradas", "Certificate expiration alert"]);
    expect(names("conectivity")).toEqual(["Reestabilished Connectivity", "Conectividade restabelecida"]);
  });

  it("takes a word of the rest of the collection (moreVocabulary) as known, not as a misspelling", () => {
    // "restablish" starts no word of these items: misspelt, it finds "Reestabilished" and "restabelecida"
    expect(names("restablish")).not.toEqual([]);
    // Given the database's word "restablishment" (an item not passed in), it must match as typed
    const known = rankByQuery("restablish", items, wordsOfItem, ["restablishment"]);
    expect(known).toEqual([]);
  });

  it("returns everything, in order, for an empty query, and nothing for nonsense", () => {
    expect(names("  ")).toEqual(items.map((i) => i.name));
    expect(names("zebra")).toEqual([]);
  });

  it("finds every item by its own name, whatever the case and accents", () => {
    fc.assert(
      fc.property(fc.constantFrom(...items), fc.boolean(), (item, upper) => {
        const query = upper ? item.name.toUpperCase() : normalize(item.name);
        expect(names(query)).toContain(item.name);
        expect(names(query)[0]).toBe(item.name);
      }),
    );
  });

  it("returns a subset of the items, each once, and only matches", () => {
    const query = fc.string({ unit: fc.constantFrom(..."acdeinorstx "), maxLength: 12 });
    fc.assert(
      fc.property(query, (q) => {
        const ranked = rankByQuery(q, items, wordsOfItem);
        expect(new Set(ranked.map((r) => r.item)).size).toBe(ranked.length);
        for (const { item, score } of ranked) {
          expect(items).toContain(item);
          expect(score.tier).toBeGreaterThanOrEqual(0);
        }
        const tiers = ranked.map((r) => r.score.tier * 1000 + r.score.cost);
        expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
      }),
    );
  });
});
