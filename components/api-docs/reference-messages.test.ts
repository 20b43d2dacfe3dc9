import { describe, expect, it } from "vitest";
import { apiOperations } from "@/lib/api/operations";
import en from "@/messages/en/apiKeys.json";
import ptBR from "@/messages/pt-BR/apiKeys.json";

// The API reference's headings in Portuguese: every tag and every operation's summary has its
// translation, so a new operation cannot appear in English on the Portuguese page unnoticed.
describe("API reference messages", () => {
  const tags = [...new Set(apiOperations.map((operation) => operation.tag))];

  it.each(tags)("names the %s tag in both languages", (tag) => {
    expect(en.docs.tags).toHaveProperty([tag]);
    expect(ptBR.docs.tags).toHaveProperty([tag]);
  });

  it("translates every operation's summary into Portuguese, and nothing else", () => {
    const summaries = ptBR.docs.summaries as Record<string, string>;
    expect(Object.keys(summaries).sort()).toEqual(apiOperations.map((operation) => operation.id).sort());
    for (const operation of apiOperations) expect(summaries[operation.id]).not.toBe(operation.summary);
  });
});
