import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import enCommon from "@/messages/en/common.json";
import enGroups from "@/messages/en/groups.json";
import enHistory from "@/messages/en/history.json";
import enSubscriptions from "@/messages/en/subscriptions.json";
import enUsers from "@/messages/en/users.json";
import ptCommon from "@/messages/pt-BR/common.json";
import ptSubscriptions from "@/messages/pt-BR/subscriptions.json";

function leafKeys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory()
      ? files(full)
      : /\.tsx?$/.test(name) && !name.includes(".test.")
        ? [full]
        : [];
  });
}

const sources = [
  "components/subscriptions",
  "components/contacts",
  "app/(admin)/users/[id]/subscriptions",
  "app/(admin)/groups/[id]/subscriptions",
  "app/(admin)/contacts",
  "app/(me)/me/notifications",
  "app/unsubscribe",
].flatMap((dir) => files(path.resolve(dir)));

/**
 * Every literal key passed to a translator: `t("a.b")`, `t(cond ? "a" : "b")`, `t.rich("a", …)`. A
 * call belongs to the closest translator of that name declared before it (functions of one file may
 * each declare their own `t`).
 */
function usedKeys(source: string): string[] {
  const keys: string[] = [];
  const translators = [
    ...source.matchAll(/const (\w+) = (?:await )?(?:useTranslations|getTranslations)\(\s*"([^"]*)"\s*\)/g),
  ];
  for (const call of source.matchAll(/\b(\w+)(?:\.rich)?\(([^{)]*)/g)) {
    const [, name, args] = call;
    const owner = translators.filter((d) => d[1] === name && (d.index ?? 0) < (call.index ?? 0)).at(-1);
    if (!owner) continue;
    for (const [, key] of (args ?? "").matchAll(/"([A-Za-z][\w.]*)"/g)) keys.push(`${owner[2]}.${key}`);
  }
  return keys;
}

const messages = {
  common: enCommon,
  subscriptions: enSubscriptions,
  users: enUsers,
  groups: enGroups,
  // My notifications' Received tab speaks the send history's language.
  history: enHistory,
};

describe("subscriptions messages", () => {
  it("have the same keys in English and Brazilian Portuguese, none empty", () => {
    expect(leafKeys(ptSubscriptions).sort()).toEqual(leafKeys(enSubscriptions).sort());
    expect(leafKeys(ptCommon.errors).sort()).toEqual(leafKeys(enCommon.errors).sort());
    for (const key of leafKeys(ptSubscriptions)) {
      const text = key
        .split(".")
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], ptSubscriptions);
      expect(typeof text === "string" && text.trim().length > 0, key).toBe(true);
    }
  });

  it("define every key the subscription screens use", () => {
    const known = new Set(leafKeys(messages));
    const used = sources.flatMap((file) =>
      usedKeys(readFileSync(file, "utf8")).map((key) => [file, key] as const),
    );
    expect(used.length).toBeGreaterThan(50);
    const missing = used.filter(
      ([, key]) => !known.has(key) && ![...known].some((k) => k.startsWith(`${key}.`)),
    );
    expect(missing).toEqual([]);
  });
});
