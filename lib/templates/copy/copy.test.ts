import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";
import { cachedFieldTree, variablesOf, type FieldNode } from "../fields";
import { hasStrayBraces, unknownVariables } from "../interpolate";
import { fieldLabel, variableLabel } from "../labels";
import { payloadSchemas, typeKeys } from "../payloads";
import { isSingleValue } from "../values";
import { copyFor, reasonText } from "./index";

/** Every path the details table or a table column can show, and every enum field with its values. */
function shownPaths(
  node: FieldNode,
  path = "",
  out = { facts: new Set<string>(), enums: new Map<string, string[]>() },
) {
  const leaf = node.type === "array" ? node.item : node;
  if (leaf.type === "leaf" && leaf.kind === "enum") out.enums.set(path, [...(leaf.values ?? [])]);
  if (node.type === "leaf" && node.kind === "url") return out;
  if (isSingleValue(node)) out.facts.add(path);
  else if (node.type === "object")
    for (const [key, child] of node.fields) shownPaths(child, path ? `${path}.${key}` : key, out);
  else if (node.type === "array" && node.item.type === "object") {
    out.facts.add(path);
    for (const [key, child] of node.item.fields) shownPaths(child, `${path}.${key}`, out);
  }
  return out;
}

describe.each(locales)("copy (%s)", (locale) => {
  const copy = copyFor(locale);

  it.each(typeKeys)("%s: has a subject and summary using only the payload's variables", (key) => {
    const text = copy.types[key];
    expect(text.subject.trim()).not.toBe("");
    expect(text.summary.trim()).not.toBe("");
    for (const template of [text.subject, text.summary]) {
      expect(unknownVariables(template, payloadSchemas[key])).toEqual([]);
      expect(hasStrayBraces(template)).toBe(false);
    }
  });

  it.each(typeKeys)("%s: labels every fact, column, enum value and variable", (key) => {
    const { facts, enums } = shownPaths(cachedFieldTree(payloadSchemas[key]));
    expect([...facts].filter((path) => fieldLabel(copy, path) === undefined)).toEqual([]);
    for (const [path, values] of enums) {
      const field = path.split(".").at(-1) ?? "";
      expect(
        values.filter((value) => copy.values[field]?.[value] === undefined),
        path,
      ).toEqual([]);
    }
    const unlabelled = variablesOf(payloadSchemas[key]).filter(
      (variable) => variableLabel(copy, variable) === undefined,
    );
    expect(unlabelled.map((variable) => variable.path)).toEqual([]);
  });

  it("says why a recipient gets the e-mail", () => {
    expect(
      reasonText(locale, { via: "group", group: "Security Operations", target: "Certificates" }),
    ).toContain("Security Operations");
    expect(reasonText(locale, { via: "test" })).not.toBe("");
  });
});

it("pt-BR differs from English for every subject", () => {
  const same = typeKeys.filter(
    (key) => copyFor("en").types[key].subject === copyFor("pt-BR").types[key].subject,
  );
  expect(same).toEqual([]);
});
