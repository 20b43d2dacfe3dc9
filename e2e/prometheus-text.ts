// A strict parser of the Prometheus text exposition format (version 0.0.4), for e2e/metrics.spec.ts.
// prom-client writes this format but cannot read it, and no parser is installed. Stricter than
// Prometheus itself where Herald's output should never need the leniency: every sample belongs to a
// family declared by # TYPE before it, each family's lines form one group, no series appears twice,
// and histograms are cumulative with a +Inf bucket equal to their _count.

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}
export interface Family {
  name: string;
  type: "counter" | "gauge" | "histogram" | "summary" | "untyped";
  help: string | null;
  samples: Sample[];
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
// Prometheus reads values with Go's ParseFloat: NaN and Inf in any case ("Nan" is what prom-client
// writes for a NaN gauge).
const FLOAT = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|[+-]?inf(?:inity)?|nan)$/i;
const TYPES = new Set(["counter", "gauge", "histogram", "summary", "untyped"]);

function parseFloatStrict(text: string, line: number): number {
  if (!FLOAT.test(text)) throw new Error(`line ${line}: "${text}" is not a sample value`);
  if (/^\+?inf/i.test(text)) return Infinity;
  if (/^-inf/i.test(text)) return -Infinity;
  return /^nan$/i.test(text) ? NaN : Number(text);
}

function unescape(text: string, allowQuote: boolean, line: number): string {
  return text.replace(/\\(.)/g, (_, char: string) => {
    if (char === "\\") return "\\";
    if (char === "n") return "\n";
    if (char === '"' && allowQuote) return '"';
    throw new Error(`line ${line}: bad escape \\${char}`);
  });
}

/** `{a="x",b="y"}` starting at `text[0]`: the labels and the rest of the line after `}`. */
function parseLabels(text: string, line: number): { labels: Record<string, string>; rest: string } {
  const labels: Record<string, string> = {};
  let i = 1;
  while (text[i] !== "}") {
    const eq = text.indexOf("=", i);
    if (eq < 0) throw new Error(`line ${line}: label without "="`);
    const name = text.slice(i, eq);
    if (!LABEL_NAME.test(name)) throw new Error(`line ${line}: bad label name "${name}"`);
    if (name in labels) throw new Error(`line ${line}: label "${name}" twice`);
    if (text[eq + 1] !== '"') throw new Error(`line ${line}: label value must be quoted`);
    let j = eq + 2;
    let raw = "";
    for (; j < text.length && text[j] !== '"'; j += 1) {
      if (text[j] === "\\") {
        raw += text.slice(j, j + 2);
        j += 1;
      } else raw += text[j];
    }
    if (j >= text.length) throw new Error(`line ${line}: unterminated label value`);
    labels[name] = unescape(raw, true, line);
    i = j + 1;
    if (text[i] === ",") i += 1;
    else if (text[i] !== "}") throw new Error(`line ${line}: expected "," or "}" after a label`);
  }
  return { labels, rest: text.slice(i + 1) };
}

/** The family a sample belongs to: its own name, or a histogram's/summary's for the suffixed series. */
function familyFor(name: string, families: Map<string, Family>): Family | undefined {
  const exact = families.get(name);
  if (exact) return exact;
  const match = /^(.*)_(bucket|sum|count)$/.exec(name);
  const base = match ? families.get(match[1]!) : undefined;
  if (!base) return undefined;
  if (base.type === "histogram" || (base.type === "summary" && match![2] !== "bucket")) return base;
  return undefined;
}

export function parsePrometheusText(text: string): Map<string, Family> {
  if (text.length > 0 && !text.endsWith("\n")) throw new Error("the exposition must end with a line feed");
  const families = new Map<string, Family>();
  const series = new Set<string>();
  const finished = new Set<string>();
  let current: string | null = null;
  const lines = text.split("\n").slice(0, -1);
  lines.forEach((content, index) => {
    const line = index + 1;
    if (content.trim() === "") return;
    if (content.startsWith("#")) {
      const meta = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(content);
      if (!meta) return; // a plain comment
      const [, keyword, name, rest] = meta as unknown as [string, "HELP" | "TYPE", string, string];
      if (!METRIC_NAME.test(name)) throw new Error(`line ${line}: bad metric name "${name}"`);
      const family = families.get(name);
      if (family && (family.samples.length > 0 || finished.has(name)))
        throw new Error(`line ${line}: # ${keyword} ${name} after its samples`);
      if (keyword === "TYPE") {
        if (!TYPES.has(rest)) throw new Error(`line ${line}: unknown type "${rest}"`);
        if (family && family.type !== "untyped") throw new Error(`line ${line}: # TYPE ${name} twice`);
        families.set(name, {
          name,
          type: rest as Family["type"],
          help: family?.help ?? null,
          samples: [],
        });
      } else {
        if (family?.help != null) throw new Error(`line ${line}: # HELP ${name} twice`);
        families.set(name, {
          name,
          type: family?.type ?? "untyped",
          help: unescape(rest, false, line),
          samples: [],
        });
      }
      if (current && current !== name) finished.add(current);
      current = name;
      return;
    }
    const nameMatch = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(content);
    if (!nameMatch) throw new Error(`line ${line}: not a sample: ${content}`);
    const name = nameMatch[0];
    let rest = content.slice(name.length);
    let labels: Record<string, string> = {};
    if (rest.startsWith("{")) ({ labels, rest } = parseLabels(rest, line));
    const fields = rest.split(" ");
    if (fields[0] !== "" || fields.length < 2 || fields.length > 3)
      throw new Error(`line ${line}: expected " value [timestamp]" after the series`);
    const value = parseFloatStrict(fields[1]!, line);
    if (fields[2] !== undefined && !/^-?\d+$/.test(fields[2]))
      throw new Error(`line ${line}: bad timestamp "${fields[2]}"`);
    const family = familyFor(name, families);
    if (!family || family.type === "untyped")
      throw new Error(`line ${line}: ${name} has no # TYPE before it`);
    if (finished.has(family.name)) throw new Error(`line ${line}: ${family.name}'s lines are not one group`);
    if (current && current !== family.name) finished.add(current);
    current = family.name;
    const key = `${name}{${Object.entries(labels)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join(",")}}`;
    if (series.has(key)) throw new Error(`line ${line}: series ${key} twice`);
    series.add(key);
    family.samples.push({ name, labels, value });
  });
  for (const family of families.values()) if (family.type === "histogram") checkHistogram(family);
  return families;
}

function checkHistogram(family: Family) {
  const groups = new Map<string, { buckets: [number, number][]; count?: number }>();
  for (const sample of family.samples) {
    const { le, ...rest } = sample.labels;
    const key = JSON.stringify(Object.entries(rest).sort());
    const group = groups.get(key) ?? { buckets: [] };
    groups.set(key, group);
    if (sample.name === `${family.name}_bucket`) {
      if (le === undefined) throw new Error(`${family.name}: a bucket without "le"`);
      group.buckets.push([parseFloatStrict(le, 0), sample.value]);
    } else if (sample.name === `${family.name}_count`) group.count = sample.value;
  }
  for (const group of groups.values()) {
    const sorted = [...group.buckets].sort(([a], [b]) => a - b);
    sorted.forEach(([, count], i) => {
      if (i > 0 && count < sorted[i - 1]![1]) throw new Error(`${family.name}: buckets are not cumulative`);
    });
    const inf = sorted.at(-1);
    if (!inf || inf[0] !== Infinity) throw new Error(`${family.name}: no +Inf bucket`);
    if (group.count !== inf[1]) throw new Error(`${family.name}: +Inf bucket differs from _count`);
  }
}
