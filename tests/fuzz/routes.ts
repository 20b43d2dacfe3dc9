// What the fuzz run (tests/fuzz/run.ts) sends to each route: the /api/v1 operations straight from the
// OpenAPI registry (e2e/hostile-routes.ts turns their schemas into plausible values mixed with hostile
// ones), the /api/internal routes, the Resend webhook, next-auth, the probes and the one-click
// unsubscribe from the table the e2e spec uses too (e2e/hostile-probes.ts), each with the principal it
// is sent as. Bodies also come as bytes that are not UTF-8, under the wrong content type, or past the
// 2 MiB limit.
import fc from "fast-check";
import { scopeDefinitions } from "@/lib/api-keys/scopes";
import { apiOperations } from "@/lib/api/operations";
import type { ApiScope as DbApiScope } from "@/generated/prisma/enums";
import type { Probe } from "@/e2e/hostile-input";
import {
  type HostileWorld,
  WEBHOOK_PATH,
  forgedWebhookHeaders,
  internalProbes,
  knownValues,
  oneClickProbe,
  openProbes,
  webhookBody,
} from "@/e2e/hostile-probes";
import {
  INTERNAL_ROUTES,
  OPEN_ROUTES,
  SEPARATE_ROUTES,
  operationProbes,
  registryRoutes,
  routeFiles,
} from "@/e2e/hostile-routes";

/**
 * Who a probe is sent as. `scoped`: a key holding exactly the operation's scope (past authentication, so
 * validation is what answers); `other-scope`, `revoked`, `unknown`, `none`: refused keys; `session`: a
 * signed-in ADMIN's cookie with the page's Origin; `signed`: a webhook signed with the server's secret;
 * `forged`: one signed with another secret, back-dated, or with garbage signature headers.
 */
export type Principal =
  "scoped" | "other-scope" | "revoked" | "unknown" | "none" | "session" | "signed" | "forged" | "anonymous";

/** A probe of the shared tables (e2e/hostile-probes.ts), with what the run counts it by and sends it as. */
export interface FuzzProbe extends Probe {
  /** The route pattern, e.g. "GET /api/v1/catalog/{key}": what the figures are counted by. */
  route: string;
  principal: Principal;
  /** The operation's scope for `scoped`/`other-scope` keys. */
  scope?: DbApiScope;
}

const MAX_BODY = 2 * 1024 * 1024;
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Bytes that are not valid UTF-8 (or not UTF-8 at all) around JSON-looking text. */
const brokenBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.constantFrom(
    Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), // {"a":"Ã(" truncated sequence
    Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), // bytes never valid in UTF-8
    Uint8Array.from([0x22, 0xc0, 0xaf, 0x22]), // overlong "/"
    Uint8Array.from([0x22, 0xed, 0xa0, 0x80, 0x22]), // an encoded surrogate
    Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('{"type":"x"}')]), // a BOM before JSON
    Uint8Array.from(Buffer.from('{"type":"devices.connectivity-lost"}', "utf16le")),
    Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad]), // a truncated gzip header
  ),
);

/** A route's body as it goes out: mostly its own generator's JSON, sometimes bytes or a wrong type. */
function bodyVariants(json: fc.Arbitrary<string>) {
  return fc.oneof(
    { weight: 16, arbitrary: json.map((body) => ({ body, contentType: "application/json" })) },
    {
      weight: 2,
      arbitrary: brokenBytes.map((body) => ({ body, contentType: "application/json" }) as const),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          json,
          fc.constantFrom(
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/json; charset=utf-16",
            "application/xml",
            "",
          ),
        )
        .map(([body, contentType]) => ({ body, contentType })),
    },
    // Past the body limit: refused (413) before it is parsed.
    {
      weight: 1,
      arbitrary: fc.constant({ body: `{"a":"${"x".repeat(MAX_BODY)}"}`, contentType: "application/json" }),
    },
  );
}

const keyPrincipal = fc.oneof(
  { weight: 16, arbitrary: fc.constant<Principal>("scoped") },
  { weight: 1, arbitrary: fc.constantFrom<Principal>("other-scope", "revoked", "unknown", "none") },
);

const byScopeName = new Map<string, DbApiScope>(
  Object.entries(scopeDefinitions).map(([db, { name }]) => [name, db as DbApiScope]),
);

/** Probes for each /api/v1 operation of the registry, sent with a key of its scope (mostly). */
function apiRoutes(world: HostileWorld): Record<string, fc.Arbitrary<FuzzProbe>> {
  const known = knownValues(world);
  return Object.fromEntries(
    apiOperations.map((op) => {
      const route = `${op.method.toUpperCase()} /api/v1${op.path}`;
      const scope = op.scope === null ? undefined : byScopeName.get(op.scope);
      const principal = scope ? keyPrincipal : fc.constant<Principal>("anonymous");
      // The registry's probe for this operation, its JSON body replaced by one of bodyVariants.
      const probe = operationProbes(op, known).chain((base) =>
        fc
          .tuple(
            principal,
            typeof base.body === "string" ? bodyVariants(fc.constant(base.body)) : fc.constant(undefined),
          )
          .map(([who, body]) => ({ ...base, ...body, route, principal: who, scope }) as FuzzProbe),
      );
      return [route, probe];
    }),
  );
}

/** Probes for the /api/internal routes, as a signed-in ADMIN (now and then with no session at all). */
function internalRoutes(world: HostileWorld): Record<string, fc.Arbitrary<FuzzProbe>> {
  const principal = fc.oneof(
    { weight: 19, arbitrary: fc.constant<Principal>("session") },
    { weight: 1, arbitrary: fc.constant<Principal>("none") },
  );
  return Object.fromEntries(
    Object.entries(internalProbes(world, bodyVariants)).map(([route, arbitrary]) => [
      route,
      fc.tuple(arbitrary, principal).map(([probe, who]): FuzzProbe => ({ ...probe, route, principal: who })),
    ]),
  );
}

/** The webhook (signed and forged), next-auth's GETs, the probes and the one-click unsubscribe. */
function openRoutes(): Record<string, fc.Arbitrary<FuzzProbe>> {
  const anonymous = (route: string, probe: fc.Arbitrary<Probe>) =>
    probe.map((p): FuzzProbe => ({ ...p, route, principal: "anonymous" }));
  const webhook = `POST ${WEBHOOK_PATH}`;
  return {
    // `signed` probes are signed as they go out (tests/fuzz/send.ts), over exactly these bytes; `forged`
    // ones carry these garbage headers, or are signed with another secret or a stale timestamp there.
    [webhook]: fc
      .tuple(
        bodyVariants(webhookBody),
        fc.oneof(
          { weight: 3, arbitrary: fc.constant<Principal>("signed") },
          { weight: 2, arbitrary: fc.constant<Principal>("forged") },
        ),
        forgedWebhookHeaders,
      )
      .map(([b, who, headers]) => ({
        route: webhook,
        method: "POST" as const,
        path: WEBHOOK_PATH,
        ...b,
        principal: who,
        ...(who === "forged" ? { headers } : {}),
      })),
    "GET /api/auth/{...nextauth}": anonymous(
      "GET /api/auth/{...nextauth}",
      openProbes["/api/auth/{...nextauth}"],
    ),
    "GET /healthz": anonymous("GET /healthz", openProbes["/healthz"]),
    "GET /readyz": anonymous("GET /readyz", openProbes["/readyz"]),
    // A metrics key mostly (METRICS_READ), sometimes a refused one.
    "GET /metrics": fc.tuple(openProbes["/metrics"], keyPrincipal).map(([probe, who]): FuzzProbe => ({
      ...probe,
      route: "GET /metrics",
      principal: who,
      scope: "METRICS_READ",
    })),
    "POST /unsubscribe/{token}/one-click": anonymous("POST /unsubscribe/{token}/one-click", oneClickProbe),
  };
}

/**
 * Relative share of the run per route (1 unless listed): the PDF render costs ~100× a JSON answer and
 * the OpenAPI document is the same 100 KB whatever is asked, so they get fewer requests.
 */
const WEIGHTS: Record<string, number> = {
  "/api/internal/system/dashboard/pdf": 0.1,
  "GET /api/v1/openapi.json": 0.2,
  "GET /healthz": 0.3,
  "GET /readyz": 0.3,
};

export interface FuzzRoute {
  route: string;
  weight: number;
  probes: fc.Arbitrary<FuzzProbe>;
}

/** Every route of the app with its generator; throws if a route file has none (nothing goes unfuzzed). */
export function fuzzRoutes(world: HostileWorld): FuzzRoute[] {
  const all = { ...apiRoutes(world), ...internalRoutes(world), ...openRoutes() };
  const patterns = new Set(Object.keys(all).map((route) => route.replace(/^[A-Z]+ /, "")));
  const missing = routeFiles().filter((file) => !patterns.has(file));
  if (missing.length) throw new Error(`Routes without a fuzz generator: ${missing.join(", ")}`);
  // The e2e lists and the registry must agree with this table too.
  for (const route of [...registryRoutes(), ...INTERNAL_ROUTES, ...OPEN_ROUTES, ...SEPARATE_ROUTES]) {
    if (!patterns.has(route)) throw new Error(`${route} is listed for the e2e fuzz but not here`);
  }
  return Object.entries(all).map(([route, probes]) => ({ route, weight: WEIGHTS[route] ?? 1, probes }));
}
