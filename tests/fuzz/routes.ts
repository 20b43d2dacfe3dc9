// What the fuzz run (tests/fuzz/run.ts) sends to each route: the /api/v1 operations straight from the
// OpenAPI registry (e2e/hostile-routes.ts turns their schemas into plausible values mixed with hostile
// ones), the /api/internal routes, the Resend webhook, next-auth, the probes and the one-click
// unsubscribe from the lists below, each with the principal it is sent as. Bodies also come as bytes
// that are not UTF-8, under the wrong content type, or past the 2 MiB limit.
import fc from "fast-check";
import { scopeDefinitions } from "@/lib/api-keys/scopes";
import { apiOperations } from "@/lib/api/operations";
import type { ApiScope as DbApiScope } from "@/generated/prisma/enums";
import { historyFiltersSchema } from "@/lib/history/filters";
import { listenerFiltersSchema } from "@/lib/system/listeners/schemas";
import { resourcesQuerySchema } from "@/lib/system/resources/schemas";
import {
  hostileBody,
  hostileQuery,
  hostileSegment,
  hostileText,
  hostileValue,
  shapeOf,
} from "@/e2e/hostile-input";
import {
  INTERNAL_ROUTES,
  OPEN_ROUTES,
  SEPARATE_ROUTES,
  operationProbes,
  registryRoutes,
  routeFiles,
  schemaQuery,
} from "@/e2e/hostile-routes";

/**
 * Who a probe is sent as. `scoped`: a key holding exactly the operation's scope (past authentication, so
 * validation is what answers); `other-scope`, `revoked`, `unknown`, `none`: refused keys; `session`: a
 * signed-in ADMIN's cookie with the page's Origin; `signed`: a webhook signed with the server's secret;
 * `forged`: one signed with another secret, back-dated, or with garbage signature headers.
 */
export type Principal =
  "scoped" | "other-scope" | "revoked" | "unknown" | "none" | "session" | "signed" | "forged" | "anonymous";

export interface FuzzProbe {
  /** The route pattern, e.g. "GET /api/v1/catalog/{key}": what the figures are counted by. */
  route: string;
  method: "GET" | "PUT" | "POST" | "PATCH" | "DELETE";
  path: string;
  body?: string | Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
  principal: Principal;
  /** The operation's scope for `scoped`/`other-scope` keys. */
  scope?: DbApiScope;
}

/** Ids and keys that exist in the fuzz database, so that plausible requests reach the handlers. */
export interface FuzzWorld {
  userId: string;
  userEmail: string;
  adminId: string;
  groupId: string;
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
function apiRoutes(world: FuzzWorld): Record<string, fc.Arbitrary<FuzzProbe>> {
  const known = {
    id: [world.userId, world.groupId],
    typeKey: ["devices.connectivity-lost"],
    email: [world.userEmail],
  };
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
            base.body === undefined ? fc.constant(undefined) : bodyVariants(fc.constant(base.body)),
          )
          .map(([who, body]) => ({ ...base, ...body, route, principal: who, scope }) as FuzzProbe),
      );
      return [route, probe];
    }),
  );
}

/** Probes for the /api/internal routes, as a signed-in ADMIN (now and then with no session at all). */
function internalRoutes(world: FuzzWorld): Record<string, fc.Arbitrary<FuzzProbe>> {
  const typeKey = fc.constantFrom(
    "devices.connectivity-lost",
    "certificates.expiration-alert-today",
    "monitoring",
  );
  const mode = fc.constantFrom("IMMEDIATE", "DIGEST", null);
  const uuid = fc.uuid({ version: 7 });
  const kind = fc.oneof(fc.constantFrom("user", "group", "contact"), hostileSegment);
  const id = fc.oneof(fc.constantFrom(world.userId, world.groupId, world.adminId), uuid, hostileSegment);
  const subject = shapeOf({
    kind: fc.constantFrom("user", "group"),
    id: fc.constantFrom(world.userId, world.groupId),
  });
  const target = shapeOf({ typeKey, categoryKey: fc.constant("devices") });
  const body = (fields: Record<string, fc.Arbitrary<unknown>>) => bodyVariants(hostileBody(shapeOf(fields)));
  const get = (path: string) => ({ method: "GET" as const, path });
  const withBody =
    (method: FuzzProbe["method"], path: string) =>
    (b: { body: string | Uint8Array; contentType: string }) => ({ method, path, ...b });
  const subscriptionsOf = (suffix: string, method: FuzzProbe["method"], b?: ReturnType<typeof body>) =>
    fc
      .tuple(kind, id, b ?? fc.constant(undefined))
      .map(([k, i, data]) =>
        data === undefined
          ? get(`/api/internal/subscriptions/${k}/${i}${suffix}`)
          : withBody(method, `/api/internal/subscriptions/${k}/${i}${suffix}`)(data),
      );
  const routes: Record<string, fc.Arbitrary<Omit<FuzzProbe, "route" | "principal">>> = {
    "/api/internal/subscriptions/search": hostileQuery(["q"]).map((q) =>
      get(`/api/internal/subscriptions/search${q}`),
    ),
    "/api/internal/subscriptions/{kind}/{id}": fc.oneof(
      subscriptionsOf("", "GET"),
      subscriptionsOf("", "PUT", body({ target, subscribed: fc.boolean(), mode })),
    ),
    "/api/internal/subscriptions/{kind}/{id}/preferences": subscriptionsOf(
      "/preferences",
      "PUT",
      body({ typeKey, muted: fc.boolean(), mode }),
    ),
    "/api/internal/subscriptions/{kind}/{id}/copy": subscriptionsOf(
      "/copy",
      "POST",
      body({ from: subject, strategy: fc.constantFrom("merge", "replace") }),
    ),
    "/api/internal/subscriptions/bulk": body({
      operation: fc.constantFrom("subscribe", "unsubscribe"),
      recipients: fc.oneof(
        shapeOf({
          kind: fc.constantFrom("user", "contact"),
          ids: fc.array(fc.oneof(uuid, fc.constant(world.userId)), { maxLength: 3 }),
        }),
        shapeOf({ kind: fc.constant("group-members"), groupId: fc.constant(world.groupId) }),
      ),
      targets: fc.array(target, { maxLength: 3 }),
      mode,
    }).map(withBody("POST", "/api/internal/subscriptions/bulk")),
    "/api/internal/subscriptions/me": fc.oneof(
      fc.constant(get("/api/internal/subscriptions/me")),
      body({ typeKey, receive: fc.boolean(), mode }).map(withBody("PATCH", "/api/internal/subscriptions/me")),
    ),
    "/api/internal/templates/preview": body({
      typeKey: fc.constantFrom("monitoring.cpu-critical", "devices.connectivity-lost"),
      locale: fc.constantFrom("en", "pt-BR"),
      payload: fc.oneof(hostileValue, fc.dictionary(hostileText, hostileValue, { maxKeys: 4 })),
      override: shapeOf({ subject: hostileText, intro: hostileText }),
    }).map(withBody("POST", "/api/internal/templates/preview")),
    "/api/internal/groups/{id}/candidates": fc
      .tuple(fc.oneof(fc.constant(world.groupId), uuid, hostileSegment), hostileQuery(["q"]))
      .map(([i, q]) => get(`/api/internal/groups/${i}/candidates${q}`)),
    "/api/internal/history/export": schemaQuery(historyFiltersSchema, { recipient: [world.userEmail] }).map(
      (q) => get(`/api/internal/history/export${q}`),
    ),
    "/api/internal/system/listeners": schemaQuery(listenerFiltersSchema).map((q) =>
      get(`/api/internal/system/listeners${q}`),
    ),
    "/api/internal/palette": hostileQuery(["q"]).map((q) => get(`/api/internal/palette${q}`)),
    "/api/internal/system/dashboard/pdf": schemaQuery(resourcesQuerySchema).map((q) =>
      get(`/api/internal/system/dashboard/pdf${q}`),
    ),
    // Not in e2e/hostile-routes.ts's list yet. Ids are bigint text: past int8 is the edge to probe.
    "/api/internal/audit/{id}": fc
      .oneof(
        fc.bigInt({ min: 0n, max: 10n ** 19n }).map(String),
        fc.constantFrom(
          "1",
          "9223372036854775807",
          "9223372036854775808",
          "9999999999999999999",
          "-1",
          "1e3",
        ),
        hostileSegment,
      )
      .map((i) => get(`/api/internal/audit/${i}`)),
    "/api/internal/system/resources": schemaQuery(resourcesQuerySchema).map((q) =>
      get(`/api/internal/system/resources${q}`),
    ),
  };
  const principal = fc.oneof(
    { weight: 19, arbitrary: fc.constant<Principal>("session") },
    { weight: 1, arbitrary: fc.constant<Principal>("none") },
  );
  return Object.fromEntries(
    Object.entries(routes).map(([route, arbitrary]) => [
      route,
      fc
        .tuple(arbitrary, principal)
        .map(([probe, who]) => ({ ...probe, route, principal: who }) as FuzzProbe),
    ]),
  );
}

/** The webhook (signed and forged), next-auth's GETs, the probes and the one-click unsubscribe. */
function openRoutes(): Record<string, fc.Arbitrary<FuzzProbe>> {
  const ascii = fc.stringMatching(/^[ -~]{0,40}$/);
  const webhookBody = hostileBody(
    shapeOf({
      type: fc.constantFrom("email.delivered", "email.bounced", "email.complained", "email.delivery_delayed"),
      created_at: fc.oneof(fc.constant(new Date().toISOString()), hostileText),
      data: shapeOf({
        email_id: hostileText,
        to: fc.array(hostileText, { maxLength: 2 }),
        tags: hostileValue,
        bounce: shapeOf({ type: fc.constantFrom("Permanent", "Transient"), message: hostileText }),
      }),
    }),
  );
  const garbageHeaders = fc.record(
    {
      "svix-id": fc.oneof(ascii, fc.constant("msg_1")),
      "svix-timestamp": fc.oneof(ascii, fc.constant("0")),
      "svix-signature": fc.oneof(
        ascii,
        ascii.map((s) => `v1,${Buffer.from(s).toString("base64")}`),
      ),
    },
    { requiredKeys: [] },
  );
  const webhook = "POST /api/webhooks/resend";
  const token = fc.oneof(
    hostileSegment,
    fc
      .tuple(fc.base64String({ maxLength: 60 }), fc.base64String({ maxLength: 50 }))
      .map(([a, b]) => `${a}.${b}`.replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "")),
  );
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
        garbageHeaders,
      )
      .map(([b, who, headers]) => ({
        route: webhook,
        method: "POST" as const,
        path: "/api/webhooks/resend",
        ...b,
        principal: who,
        ...(who === "forged" ? { headers } : {}),
      })),
    "GET /api/auth/{...nextauth}": fc
      .tuple(
        fc.constantFrom("session", "csrf", "providers", "signin", "error", "callback/credentials", "x"),
        hostileQuery(["callbackUrl", "error"]),
      )
      .map(([action, q]) => ({
        route: "GET /api/auth/{...nextauth}",
        method: "GET" as const,
        path: `/api/auth/${action}${q}`,
        principal: "anonymous" as const,
      })),
    "GET /healthz": hostileQuery(["verbose"]).map((q) => ({
      route: "GET /healthz",
      method: "GET" as const,
      path: `/healthz${q}`,
      principal: "anonymous" as const,
    })),
    "GET /readyz": hostileQuery(["verbose"]).map((q) => ({
      route: "GET /readyz",
      method: "GET" as const,
      path: `/readyz${q}`,
      principal: "anonymous" as const,
    })),
    "GET /metrics": fc.tuple(hostileQuery(["name[]"]), keyPrincipal).map(([q, who]) => ({
      route: "GET /metrics",
      method: "GET" as const,
      path: `/metrics${q}`,
      principal: who,
      scope: "METRICS_READ" as const,
    })),
    "POST /unsubscribe/{token}/one-click": fc
      .tuple(
        token,
        fc.oneof(
          fc.constant("List-Unsubscribe=One-Click"),
          hostileText.map((text) => `List-Unsubscribe=${encodeURIComponent(text.toWellFormed())}`),
        ),
        fc.constantFrom(
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "application/json",
          "text/plain",
        ),
      )
      .map(([t, body, contentType]) => ({
        route: "POST /unsubscribe/{token}/one-click",
        method: "POST" as const,
        path: `/unsubscribe/${t}/one-click`,
        body,
        contentType,
        principal: "anonymous" as const,
      })),
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
export function fuzzRoutes(world: FuzzWorld): FuzzRoute[] {
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
