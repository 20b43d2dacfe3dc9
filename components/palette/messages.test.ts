import { describe, expect, it } from "vitest";
import en from "@/messages/en/palette.json";
import pt from "@/messages/pt-BR/palette.json";
import { paletteKinds } from "@/lib/search/palette/types";

/** Every leaf key as a dotted path. */
function leafKeys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

describe("palette messages", () => {
  it("have the same keys in English and Brazilian Portuguese, none empty", () => {
    expect(leafKeys(pt).sort()).toEqual(leafKeys(en).sort());
    for (const messages of [en, pt]) {
      for (const key of leafKeys(messages)) {
        const text = key
          .split(".")
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        expect(typeof text === "string" && text.trim().length > 0, key).toBe(true);
      }
    }
  });

  it("name every kind of destination", () => {
    expect(Object.keys(en.kinds).sort()).toEqual([...paletteKinds].sort());
  });
});
