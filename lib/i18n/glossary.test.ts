import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ptBR as catalogPtBR } from "@/lib/catalog/translations/pt-BR";
import { ptBR as emailPtBR } from "@/lib/templates/copy/pt-BR";

// docs/glossary.md is the source of truth: its table's "Banned in pt-BR" column and its list of
// phrases that use a banned word in another sense. This test keeps every Portuguese text to it.
const root = path.resolve(import.meta.dirname, "../..");
const glossary = readFileSync(path.join(root, "docs/glossary.md"), "utf8");

function tableRows(markdown: string) {
  const lines = markdown.split("\n").filter((line) => line.startsWith("|"));
  const header = lines[0]!.split("|").map((cell) => cell.trim());
  const column = header.indexOf("Banned in pt-BR");
  const term = header.indexOf("Term");
  return lines.slice(2).map((line) => {
    const cells = line.split("|").map((cell) => cell.trim());
    return { term: cells[term]!, banned: cells[column]! };
  });
}

const banned = tableRows(glossary).flatMap(({ term, banned: list }) =>
  list
    .split(",")
    .map((word) => word.trim())
    .filter(Boolean)
    .map((word) => ({ term, word })),
);
const allowedPhrases = [...glossary.matchAll(/^- "([^"]+)"/gm)].map((match) => match[1]!);

// Every string a value holds, functions included (their source carries their template literals).
function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") return [value.toString()];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === "object") return Object.values(value).flatMap(texts);
  return [];
}

// Placeholders name variables, not words a reader sees: {{dashboard}}, {count, plural, …}.
function visibleText(text: string) {
  let visible = text.replace(/\{\{[\w.]+\}\}/g, "{{}}").replace(/\{\s*[\w.]+\s*(?=[,}])/g, "{");
  for (const phrase of allowedPhrases) visible = visible.replace(new RegExp(phrase, "giu"), "");
  return visible;
}

function findBanned(text: string) {
  const visible = visibleText(text);
  return banned.filter(({ word }) => new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, "iu").test(visible));
}

const messageDir = path.join(root, "messages/pt-BR");
const sources: { name: string; texts: string[] }[] = [
  ...readdirSync(messageDir)
    .filter((file) => file.endsWith(".json"))
    .map((file) => ({
      name: `messages/pt-BR/${file}`,
      texts: texts(JSON.parse(readFileSync(path.join(messageDir, file), "utf8"))),
    })),
  { name: "lib/catalog/translations/pt-BR.ts", texts: texts(catalogPtBR) },
  { name: "lib/templates/copy/pt-BR (e-mail texts)", texts: texts(emailPtBR) },
];

describe("pt-BR glossary", () => {
  it("reads the banned synonyms and the allowed phrases from docs/glossary.md", () => {
    expect(banned).toContainEqual({ term: "subscription", word: "assinatura" });
    expect(banned).toContainEqual({ term: "subscriber", word: "assinante" });
    expect(allowedPhrases).toContain("segredo de assinatura");
  });

  it("finds a banned synonym as a whole word, ignoring placeholders and allowed phrases", () => {
    expect(findBanned("Assinaturas ({count})").map(({ word }) => word)).toEqual(["assinaturas"]);
    expect(findBanned("Notificado aos assinantes")).toHaveLength(1);
    expect(findBanned("baixou o painel {{dashboard}} em PDF")).toEqual([]);
    expect(findBanned("{dashboard, plural, one {# painel} other {# painéis}}")).toEqual([]);
    expect(findBanned("Segredo de assinatura dos webhooks")).toEqual([]);
    expect(findBanned("Inscrições")).toEqual([]);
  });

  it.each(sources)("$name uses only the glossary's pt-BR terms", ({ texts: list }) => {
    const offending = list.flatMap((text) =>
      findBanned(text).map(({ term, word }) => `"${word}" (say the ${term} term) in: ${text}`),
    );
    expect(offending).toEqual([]);
  });
});
