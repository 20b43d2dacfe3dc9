import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

// Counts read "1 type", "2 types", "1 tipo", "2 tipos": a number followed by a noun goes through an ICU
// plural ({total, plural, one {# type} other {# types}}), never "{total} types".
const root = path.resolve(import.meta.dirname, "../..");
const locales = ["en", "pt-BR"] as const;

function load(locale: string) {
  const dir = path.join(root, "messages", locale);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith(".json"))
      .map((file) => [file.replace(/\.json$/, ""), JSON.parse(readFileSync(path.join(dir, file), "utf8"))]),
  ) as Record<string, Record<string, unknown>>;
}

function strings(value: unknown, at: string): [string, string][] {
  if (typeof value === "string") return [[at, value]];
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, inner]) => strings(inner, at ? `${at}.${key}` : key));
  return [];
}

const messages = Object.fromEntries(locales.map((locale) => [locale, load(locale)]));
const all = locales.flatMap((locale) =>
  strings(messages[locale], "").map(([key, text]) => ({ locale, key, text })),
);

// Arguments that hold a number: every one some message pluralizes, and the counts' usual names.
const numeric = new Set(["count", "total", "on", "shown"]);
for (const { text } of all) for (const match of text.matchAll(/\{(\w+), plural,/g)) numeric.add(match[1]!);
// Fixed numbers the code always passes above one (the dashboard's 14 days, the chart's 24 hours…).
const alwaysMany = new Set(["days", "hours", "seconds"]);
// Words that can follow a bare number in either language without agreeing with it.
const neutral = new Set(["of", "de", "in", "em", "before", "antes", "added", "changed", "removed"]);

function bareCounts(text: string) {
  return [...text.matchAll(/\{(\w+)\}\s+(\p{L}+)/gu)]
    .filter(
      ([, name, word]) => numeric.has(name!) && !alwaysMany.has(name!) && !neutral.has(word!.toLowerCase()),
    )
    .map(([found]) => found);
}

describe("counts in messages", () => {
  it("spots a bare count before a noun", () => {
    expect(bareCounts("{on} of {total} types")).toEqual(["{total} types"]);
    expect(bareCounts("{on} of {total, plural, one {# type} other {# types}}")).toEqual([]);
    expect(bareCounts("Browse {count} categories")).toEqual(["{count} categories"]);
    expect(bareCounts("{count, plural, one {# type} other {# types}}")).toEqual([]);
  });

  it.each(locales)("%s: every count before a noun is an ICU plural", (locale) => {
    const offending = all
      .filter((message) => message.locale === locale)
      .flatMap(({ key, text }) => bareCounts(text).map((found) => `${key}: ${found}`));
    expect(offending).toEqual([]);
  });

  it.each([
    ["en", "subscriptions.matrix.typesOn", { on: 0, total: 1 }, "0 of 1 type"],
    ["en", "subscriptions.matrix.typesOn", { on: 2, total: 5 }, "2 of 5 types"],
    ["pt-BR", "subscriptions.matrix.typesOn", { on: 0, total: 1 }, "0 de 1 tipo"],
    ["pt-BR", "subscriptions.matrix.typesOn", { on: 2, total: 5 }, "2 de 5 tipos"],
    ["en", "catalog.categories.browse", { count: 1 }, "Browse 1 category"],
    ["pt-BR", "catalog.categories.browse", { count: 12 }, "Navegar pelas 12 categorias"],
    ["pt-BR", "subscriptions.me.stats", { count: 1, total: 1 }, "Você recebe 1 de 1 tipo de notificação"],
    [
      "pt-BR",
      "subscriptions.copy.done",
      { name: "SOC", created: 1, updated: 2, removed: 0 },
      "Copiado de SOC: 1 inscrição acrescentada, 2 alteradas, nenhuma removida.",
    ],
    [
      "en",
      "system.listeners.buildUp.title",
      { count: 1, state: "TIME-WAIT", threshold: 500 },
      "1 socket in TIME-WAIT (flagged from 500)",
    ],
  ] as const)("%s %s %j reads %s", (locale, key, values, expected) => {
    const t = createTranslator({ locale, messages: messages[locale]! });
    expect((t as (key: string, values: object) => string)(key, values)).toBe(expected);
  });
});
