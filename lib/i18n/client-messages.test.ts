// Per-route messages: the root layout sends the shell's namespaces, each route segment's layout adds
// its own (components/i18n/client-messages.tsx). A namespace missing from a list would show raw keys
// in the browser (use-intl only logs MISSING_MESSAGE), so this checks every list against the
// useTranslations calls of the client code that segment renders, found by following the imports. A
// layout's list reaches every route below it, so each route is checked too: nothing it receives unread.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientNamespaces, ROOT } from "./client-namespace-scan";
import { namespaces as allNamespaces } from "./messages";

const SPECIAL_FILE = /^(page|layout|loading|error|not-found|template|default|global-error)\.tsx$/;

/** Files that render a NextIntlClientProvider of their own, and what it carries (it replaces, not adds). */
const OWN_PROVIDERS: Record<string, readonly string[]> = {
  // The confirm button speaks the recipient's language: subscriptions.unsubscribe in that locale.
  "app/unsubscribe/[token]/page.tsx": ["subscriptions"],
};

/** The only files allowed to render a NextIntlClientProvider (else a subtree could escape the check). */
const PROVIDER_FILES = [
  "app/layout.tsx",
  "components/i18n/merge-messages.tsx",
  "components/render-intl.tsx",
  ...Object.keys(OWN_PROVIDERS),
];

const read = (relative: string) => readFileSync(path.join(ROOT, relative), "utf8");

function sourceFiles(dir: string): string[] {
  return (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(dir, file));
}

const specialFiles = sourceFiles("app").filter((file) => SPECIAL_FILE.test(path.basename(file)));

function parseList(list: string, where: string) {
  const items = list
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  for (const item of items) {
    if (!/^"\w+"$/.test(item))
      throw new Error(`${where}: the namespace list holds ${item}, not a string literal`);
  }
  return items.map((item) => item.slice(1, -1));
}

const rootMatch = read("app/layout.tsx").match(
  /messages=\{pickMessages\(await getMessages\(\), \[([^\]]*)\]\)\}/,
);
const rootList = rootMatch ? parseList(rootMatch[1]!, "app/layout.tsx") : [];

/** Segment folder (relative to the repository) → the namespaces its layout adds. */
const segmentLists = new Map<string, string[]>();
const malformed: string[] = [];
for (const file of specialFiles) {
  const source = read(file);
  if (!source.includes("ClientMessages")) continue;
  // The layout renders nothing but the provider around its children, so every page, loading and
  // error file below it is inside it.
  const match = source.match(
    /return\s*\(?\s*<ClientMessages namespaces=\{\[([^\]]*)\]\}>\s*\{children\}\s*<\/ClientMessages>\s*\)?;?\s*\}\s*$/,
  );
  if (path.basename(file) !== "layout.tsx" || !match || source.match(/\breturn\b/g)!.length !== 1) {
    malformed.push(file);
    continue;
  }
  segmentLists.set(path.dirname(file), parseList(match[1]!, file));
}

/** The segment layouts (with a list) above a file, outermost first. */
function providersAbove(file: string) {
  const chain: string[] = [];
  // A layout's own provider wraps its children, not the layout itself.
  let dir = path.basename(file) === "layout.tsx" ? path.dirname(path.dirname(file)) : path.dirname(file);
  while (dir.startsWith("app")) {
    if (segmentLists.has(dir)) chain.unshift(dir);
    dir = path.dirname(dir);
  }
  return chain;
}

/** What Next renders for a page: the page, and the other special files of its folder and those above. */
function routeFiles(page: string) {
  const files = [page];
  for (let dir = path.dirname(page); dir.startsWith("app"); dir = path.dirname(dir)) {
    files.push(
      ...specialFiles.filter((file) => path.dirname(file) === dir && path.basename(file) !== "page.tsx"),
    );
  }
  return files;
}

describe("per-route client messages", () => {
  it("the root layout sends a literal list of namespaces, and every segment layout has the one form checked here", () => {
    expect(rootMatch, "app/layout.tsx: messages={pickMessages(await getMessages(), [ … ])}").not.toBeNull();
    expect(
      malformed,
      "ClientMessages outside `return <ClientMessages namespaces={[…]}>{children}</ClientMessages>` in a layout",
    ).toEqual([]);
    expect(segmentLists.size).toBeGreaterThan(10);
  });

  it("only the known files render a NextIntlClientProvider", () => {
    const rendering = [...sourceFiles("app"), ...sourceFiles("components")]
      .filter((file) => !/\.test\.tsx?$/.test(file))
      .filter((file) => /<NextIntlClientProvider\b/.test(read(file)));
    expect(rendering.sort()).toEqual([...PROVIDER_FILES].sort());
  });

  it("every file's client components find their namespaces, and each list holds only what its segment adds", () => {
    const required = new Map<string, Set<string>>([["app", new Set()]]);
    for (const dir of segmentLists.keys()) required.set(dir, new Set());
    const missing: string[] = [];
    for (const file of specialFiles) {
      const own = OWN_PROVIDERS[file];
      const chain = providersAbove(file);
      const available = new Set(own ?? [...rootList, ...chain.flatMap((dir) => segmentLists.get(dir)!)]);
      const needed = clientNamespaces([file]);
      for (const namespace of needed) {
        if (!available.has(namespace))
          missing.push(`${file} reads "${namespace}" (has ${[...available].join(", ")})`);
      }
      if (!own) for (const namespace of needed) required.get(chain.at(-1) ?? "app")!.add(namespace);
    }
    expect(missing).toEqual([]);

    // No list carries a namespace its segment does not read or an outer provider already sends.
    const surplus: string[] = [];
    for (const [dir, needed] of required) {
      const list = dir === "app" ? rootList : segmentLists.get(dir)!;
      const above =
        dir === "app"
          ? []
          : [
              ...rootList,
              ...providersAbove(path.join(dir, "layout.tsx")).flatMap((d) => segmentLists.get(d)!),
            ];
      const wanted = [...needed].filter((namespace) => !above.includes(namespace)).sort();
      if (JSON.stringify([...list].sort()) !== JSON.stringify(wanted)) {
        surplus.push(
          `${dir === "app" ? "app/layout.tsx" : `${dir}/layout.tsx`}: [${list.join(", ")}], needs [${wanted.join(", ")}]`,
        );
      }
    }
    expect(surplus).toEqual([]);
  });

  it("no route receives a namespace from a segment layout that none of its client components read", () => {
    const unread: string[] = [];
    for (const page of specialFiles.filter((file) => path.basename(file) === "page.tsx")) {
      const reads = clientNamespaces(routeFiles(page));
      for (const dir of providersAbove(page)) {
        for (const namespace of segmentLists.get(dir)!) {
          if (!reads.has(namespace)) unread.push(`${page} gets "${namespace}" from ${dir}/layout.tsx`);
        }
      }
    }
    // The fix is the one history uses: the list page in a route group of its own, history/(list)/, with
    // the layout beside it, so the routes next to the group do not pass under that layout.
    expect(unread).toEqual([]);
  });

  it("the import walk reaches every namespace some client file reads (a walk that loses imports fails here)", () => {
    const readByClientFiles = new Set<string>();
    for (const file of [...sourceFiles("components"), ...sourceFiles("lib"), ...sourceFiles("app")]) {
      if (/\.test\.tsx?$/.test(file) || !/^\s*["']use client["']/.test(read(file))) continue;
      for (const namespace of clientNamespaces([file])) readByClientFiles.add(namespace);
    }
    const reached = clientNamespaces(specialFiles);
    expect([...reached].sort()).toEqual([...readByClientFiles].sort());
    expect(readByClientFiles.size).toBeGreaterThan(10);
    for (const namespace of [...rootList, ...[...segmentLists.values()].flat()]) {
      expect(allNamespaces).toContain(namespace);
    }
  });

  it("the walk sees through the shell, dynamic imports and useTranslations() without a namespace", () => {
    // The shell's user menu reads "nav.…", "common.…" and "auth.…" keys from useTranslations(); the
    // palette's dialog is loaded with dynamic().
    expect([...clientNamespaces(["app/(admin)/layout.tsx"])].sort()).toEqual([
      "auth",
      "common",
      "nav",
      "palette",
    ]);
    expect(clientNamespaces(["app/(admin)/audit/page.tsx"]).has("audit")).toBe(true);
  });
});
