import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize, tokenize, wordsOf } from "./normalize";

describe("normalize", () => {
  it("lower-cases and strips accents in both languages", () => {
    expect(normalize("Expiração CRÍTICA à Noite")).toBe("expiracao critica a noite");
    expect(normalize("Reestabilished Connectivity")).toBe("reestabilished connectivity");
  });

  it("is idempotent and leaves no combining mark or upper-case ASCII letter", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        const once = normalize(text);
        expect(normalize(once)).toBe(once);
        expect(/\p{M}/u.test(once.normalize("NFD"))).toBe(false);
        expect(/[A-Z]/.test(once)).toBe(false);
      }),
    );
  });

  it("gives the same text whatever the case or accents of a Portuguese word", () => {
    const letters = fc.constantFrom(..."aáàâãeéêiíoóôõuúçc".split(""));
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 12 }), (chars) => {
        const word = chars.join("");
        expect(normalize(word.toUpperCase())).toBe(normalize(word));
        expect(normalize(word)).toMatch(/^[aeiouc]+$/);
      }),
    );
  });
});

describe("tokenize / wordsOf", () => {
  it("splits on anything but letters and digits", () => {
    expect(tokenize("Expiração: HOJE, senhasegura.go  plain-text 90%")).toEqual([
      "expiracao",
      "hoje",
      "senhasegura",
      "go",
      "plain",
      "text",
      "90",
    ]);
    expect(tokenize("  - ; ")).toEqual([]);
  });

  it("gives distinct words in first-seen order", () => {
    expect(wordsOf(["Senha expirada", "Password expired", "senha"])).toEqual([
      "senha",
      "expirada",
      "password",
      "expired",
    ]);
  });
});
