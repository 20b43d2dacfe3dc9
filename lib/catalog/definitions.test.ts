import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { categories, findCategory, findType, notificationTypes } from "./definitions";
import { ptBR } from "./translations/pt-BR";
import { notificationKinds, severities } from "./types";

const SEED = path.resolve(process.cwd(), "../shared/seed/000_68f2a1d80c36b5ca.txt");

/** Trim, collapse whitespace, "X ;" → "X;", then drop one trailing ";". */
function normalize(text: string): string {
  return text.trim().replace(/\s+/g, " ").replace(/\s+;$/, ";").replace(/;$/, "");
}

interface SeedCategory {
  name: string;
  description: string;
  types: { name: string; description: string }[];
}

/**
 * Appendix II of the manual: a category name line, its description line, then bullet lines
 * "  • Name: Description;". Names may contain ": " themselves ("Certificate expiration alert: 1 day"),
 * descriptions never do, so a bullet splits at its last ": ".
 */
function parseAppendixII(text: string): SeedCategory[] {
  const start = text.indexOf("Appendix II:");
  expect(start).toBeGreaterThan(-1);
  const lines = text
    .slice(start)
    .split("\n")
    .slice(1)
    .map((line) => line.trim())
    .filter(Boolean);
  const result: SeedCategory[] = [];
  let awaitingDescription = false;
  for (const line of lines) {
    if (line.startsWith("•")) {
      const bullet = line.slice(1).trim();
      const split = bullet.lastIndexOf(": ");
      if (split < 0) throw new Error(`Bullet without "Name: Description": ${bullet}`);
      const current = result.at(-1);
      if (!current || awaitingDescription) throw new Error(`Bullet outside a category: ${bullet}`);
      current.types.push({
        name: normalize(bullet.slice(0, split)),
        description: normalize(bullet.slice(split + 2)),
      });
    } else if (awaitingDescription) {
      result.at(-1)!.description = normalize(line);
      awaitingDescription = false;
    } else {
      result.push({ name: normalize(line), description: "", types: [] });
      awaitingDescription = true;
    }
  }
  return result;
}

const seed = parseAppendixII(readFileSync(SEED, "utf8"));

describe("catalog definitions against the manual (Appendix II)", () => {
  it("reads 14 categories and 101 types from the seed", () => {
    expect(seed).toHaveLength(14);
    expect(seed.flatMap((c) => c.types)).toHaveLength(101);
  });

  it("defines exactly the manual's categories, in its order, with its wording", () => {
    expect(categories.map((c) => ({ name: c.name, description: c.description }))).toEqual(
      seed.map((c) => ({ name: c.name, description: c.description })),
    );
  });

  it("defines exactly the manual's types per category, in its order, with its wording", () => {
    for (const [i, category] of categories.entries()) {
      expect(
        category.types.map((t) => ({ name: t.name, description: t.description })),
        category.key,
      ).toEqual(seed[i]!.types);
    }
    expect(notificationTypes).toHaveLength(101);
  });

  it("keeps the code's strings already normalised (no stray whitespace or trailing ';')", () => {
    for (const item of [...categories, ...notificationTypes]) {
      expect(normalize(item.name)).toBe(item.name);
      expect(normalize(item.description)).toBe(item.description);
    }
  });
});

describe("catalog keys and flags", () => {
  it("has unique, well-formed keys prefixed by their category", () => {
    const keyPattern = /^[a-z0-9-]+\.[a-z0-9-]+$/;
    expect(new Set(categories.map((c) => c.key)).size).toBe(categories.length);
    expect(new Set(notificationTypes.map((t) => t.key)).size).toBe(notificationTypes.length);
    for (const category of categories) {
      expect(category.key).toMatch(/^[a-z0-9-]+$/);
      for (const type of category.types) {
        expect(type.key).toMatch(keyPattern);
        expect(type.categoryKey).toBe(category.key);
        expect(type.key.startsWith(`${category.key}.`)).toBe(true);
      }
    }
  });

  it("uses only known severities and kinds", () => {
    for (const type of notificationTypes) {
      expect(severities).toContain(type.severity);
      expect(notificationKinds).toContain(type.kind);
    }
  });

  it("restricts exactly the types of the four categories about other people's activity or the master key", () => {
    const restricted = new Set(["audit-trail", "command-audit", "password-backup", "user-behavior"]);
    for (const type of notificationTypes)
      expect(type.restricted, type.key).toBe(restricted.has(type.categoryKey));
  });

  it("has at least one mandatory type", () => {
    expect(notificationTypes.some((t) => t.mandatory)).toBe(true);
  });

  it("knows the issue's example key", () => {
    const type = findType("certificates.expiration-alert-30d");
    expect(type?.name).toBe("Certificate expiration alert: 30 days");
    expect(findCategory("certificates")?.types).toContain(type);
    expect(findType("certificates.nope")).toBeUndefined();
  });
});

describe("pt-BR translation of the catalog", () => {
  it("translates every category, and nothing else", () => {
    expect(Object.keys(ptBR.categories).sort()).toEqual(categories.map((c) => c.key).sort());
  });

  it("translates every type, and nothing else", () => {
    expect(Object.keys(ptBR.types).sort()).toEqual(notificationTypes.map((t) => t.key).sort());
  });

  it("has a non-empty, trimmed name and description for each entry", () => {
    for (const text of [...Object.values(ptBR.categories), ...Object.values(ptBR.types)]) {
      for (const value of [text.name, text.description]) {
        expect(value.trim()).toBe(value);
        expect(value.length).toBeGreaterThan(0);
        expect(value).not.toMatch(/\s{2,}|;$/);
      }
    }
  });

  it("gives distinct names to the types of a category", () => {
    for (const category of categories) {
      const names = category.types.map((t) => ptBR.types[t.key]!.name);
      expect(new Set(names).size, category.key).toBe(names.length);
    }
  });

  it("fixes the English source's typos rather than copying them", () => {
    expect(ptBR.types["access-control.request-created"]!.name).toBe("Solicitação criada");
    expect(ptBR.types["devices.connectivity-restored"]!.name).toBe("Conectividade restabelecida");
  });
});
