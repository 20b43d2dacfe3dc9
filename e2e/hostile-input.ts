// fast-check arbitraries for the hostile-input fuzz test (e2e/hostile-input.spec.ts): text that
// breaks naive code (NUL, lone surrogates, bidi controls, 1 MB), broken percent-encoding, values
// of the wrong JSON type, deep nesting and bodies that are not JSON at all.
import type { APIRequestContext, APIResponse } from "@playwright/test";
import fc from "fast-check";

export interface Probe {
  method: "GET" | "PUT" | "POST" | "PATCH" | "DELETE";
  path: string;
  /** Bytes only from the fuzz run's body variants (tests/fuzz/routes.ts). */
  body?: string | Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
}

const MEGABYTE = 1 << 20;
/** 1 MiB of text mixing ASCII, NUL, a lone surrogate and an accented letter. */
const megaText = "a\u0000\uD800é".repeat(MEGABYTE / 4);

/** Escapes that do not decode: Herald's server must answer 400 wherever they sit in a path. */
export const brokenEscapes = ["%zz", "%", "%E2%82", "%ED%A0%80", "%C0%AF", "%FF", "%00", "%ZZ%00"] as const;

/** Text to put in any field or parameter. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ maxLength: 20 }).map((text) => `${text}\u0000${text}`) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "\uD800",
      "\uDFFF",
      "a\uD83D",
      "\uDE00b",
      "\uFFFE",
      "\u202Eevil",
      "",
      " ",
      "\u0000",
    ),
  },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z]{1,12}\.[a-z-]{1,20}$/) }, // key-shaped
  { weight: 1, arbitrary: fc.constant(megaText) },
);

/** A value of any JSON type (or hostile text), for a field that expects one particular type. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileText },
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, 0, -1, 1e308, [], {}) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 1_000 }).map(nested) },
);

/** `depth` arrays nested in one another around a NUL string. */
function nested(depth: number): unknown {
  let value: unknown = "\u0000";
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/**
 * A request body: the route's own shape filled with hostile values (the likeliest to get past
 * parsing), any JSON at all, text that is not JSON, or deep nesting. Serialized as it goes out.
 */
export function hostileBody(shape: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: shape.map((body) => JSON.stringify(body)) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((body) => JSON.stringify(body)) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1_000, max: 50_000 }).map((d) => "[".repeat(d) + "]".repeat(d)),
    },
    { weight: 1, arbitrary: fc.constant(JSON.stringify({ text: megaText })) },
  );
}

/** An object whose listed fields are each either absent, a plausible value or a hostile one. */
export function shapeOf(
  fields: Record<string, fc.Arbitrary<unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(fields).map(([name, plausible]) =>
    fc.oneof(fc.constant(undefined), plausible, hostileValue).map((value) => [name, value] as const),
  );
  return fc
    .tuple(...entries)
    .map((pairs) => Object.fromEntries(pairs.filter(([, value]) => value !== undefined)));
}

/**
 * A path segment: hostile text percent-encoded (lone surrogates become U+FFFD, as a browser
 * sends them), or with a broken escape spliced in raw. Dot segments would leave the route.
 */
export const hostileSegment: fc.Arbitrary<string> = fc
  .oneof(
    {
      weight: 3,
      arbitrary: hostileText.map((text) => encodeURIComponent(text.toWellFormed()).slice(0, 4_000)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...brokenEscapes))
        .map(([text, escape]) => `${encodeURIComponent(text.toWellFormed())}${escape}`),
    },
  )
  .map((segment) => (/^(\.|%2e){1,2}$/i.test(segment) || segment === "" ? `x${segment}` : segment));

/** A query string for these parameter names, values encoded or broken, sometimes past 16 KB. */
export function hostileQuery(names: string[]): fc.Arbitrary<string> {
  const value = fc.oneof(
    {
      weight: 4,
      arbitrary: hostileText.map((text) => encodeURIComponent(text.toWellFormed()).slice(0, 2_000)),
    },
    { weight: 2, arbitrary: fc.constantFrom(...brokenEscapes) },
    { weight: 1, arbitrary: fc.constant("y".repeat(20_000)) }, // past Node's 16 KB header limit
  );
  return fc
    .array(fc.tuple(fc.constantFrom(...names, "unknown"), value), { maxLength: 4 })
    .map((pairs) => (pairs.length ? `?${pairs.map(([name, v]) => `${name}=${v}`).join("&")}` : ""));
}

const bodyText = (body: Probe["body"]) =>
  typeof body === "string" ? body : Buffer.from(body ?? new Uint8Array()).toString("utf8");

function summarize(probe: Probe, response: APIResponse | string, text = "") {
  const outcome = typeof response === "string" ? response : `${response.status()} ${text.slice(0, 200)}`;
  return `${probe.method} ${probe.path.slice(0, 200)} body=${bodyText(probe.body).slice(0, 200)} → ${outcome}`;
}

/**
 * Sends each probe; returns a line per answer that is a 5xx or an untyped /api error, and how many
 * answers had each status (proof that the fuzz got past authentication and into the routes).
 */
export async function send(
  request: APIRequestContext,
  probes: Probe[],
  headers: Record<string, string> = {},
) {
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  for (const probe of probes) {
    let response: APIResponse;
    try {
      response = await request.fetch(probe.path, {
        method: probe.method,
        headers: {
          ...headers,
          ...probe.headers,
          ...(probe.body !== undefined ? { "Content-Type": probe.contentType ?? "application/json" } : {}),
        },
        data: typeof probe.body === "object" ? Buffer.from(probe.body) : probe.body,
        maxRedirects: 0,
      });
    } catch (error) {
      failures.push(summarize(probe, `no answer: ${String(error).slice(0, 200)}`));
      continue;
    }
    const status = response.status();
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const text = await response.text();
    const json = (response.headers()["content-type"] ?? "").includes("json");
    const api = probe.path.startsWith("/api/") || probe.path.includes("/one-click");
    if (status >= 500) failures.push(summarize(probe, response, text));
    else if (status >= 400 && api && !json) failures.push(summarize(probe, response, `not JSON: ${text}`));
    else if (status >= 400 && api) {
      const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
      if (typeof body.error?.code !== "string" || typeof body.error.message !== "string")
        failures.push(summarize(probe, response, `untyped error: ${text}`));
    } else if ((response.headers()["content-type"] ?? "").includes("ndjson") && text.includes('"INTERNAL"'))
      failures.push(summarize(probe, response, text)); // a 200 stream that failed inside
  }
  return { failures, statuses };
}
