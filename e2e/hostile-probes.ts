// What each route outside the OpenAPI registry is sent, in one table for both fuzzers: the e2e spec
// (e2e/hostile-input.spec.ts, a few hundred requests per run) and the fuzz run at scale
// (tests/fuzz/routes.ts, 100,000). Each adds only what is its own: who a request is sent as, and how a
// JSON body goes out (as is in the spec; also as broken bytes, under a wrong type or past the size
// limit in the fuzz run, through `BodyVariants`).
import fc from "fast-check";
import { historyFiltersSchema } from "@/lib/history/filters";
import { listenerFiltersSchema } from "@/lib/system/listeners/schemas";
import { resourcesQuerySchema } from "@/lib/system/resources/schemas";
import {
  type Probe,
  hostileBody,
  hostileQuery,
  hostileSegment,
  hostileText,
  hostileValue,
  shapeOf,
} from "./hostile-input";
import { type InternalRoute, type Known, schemaQuery } from "./hostile-routes";

/** Ids that exist in the database the probes go to, so that plausible requests reach the handlers. */
export interface HostileWorld {
  userId: string;
  userEmail: string;
  adminId: string;
  groupId: string;
}

/** Values the registry's /api/v1 probes try for parameters and fields of these names. */
export function knownValues(world: HostileWorld): Known {
  return {
    id: [world.userId, world.groupId],
    typeKey: ["devices.connectivity-lost"],
    email: [world.userEmail],
  };
}

/** How a route's JSON body goes out, with the content type to send it under (JSON when absent). */
export type BodyVariants = (
  json: fc.Arbitrary<string>,
) => fc.Arbitrary<{ body: string | Uint8Array; contentType?: string }>;

const asJson: BodyVariants = (json) => json.map((body) => ({ body }));

const typeKey = fc.constantFrom(
  "devices.connectivity-lost",
  "certificates.expiration-alert-today",
  "monitoring",
);
const mode = fc.constantFrom("IMMEDIATE", "DIGEST", null);
const uuid = fc.uuid({ version: 7 });
const get = (path: string): Probe => ({ method: "GET", path });

/** Probes for every /api/internal route (sent as a signed-in ADMIN, with the page's Origin). */
export function internalProbes(
  world: HostileWorld,
  variants: BodyVariants = asJson,
): Record<InternalRoute, fc.Arbitrary<Probe>> {
  const kind = fc.oneof(fc.constantFrom("user", "group", "contact"), hostileSegment);
  const id = fc.oneof(fc.constantFrom(world.userId, world.groupId, world.adminId), uuid, hostileSegment);
  const subject = shapeOf({
    kind: fc.constantFrom("user", "group"),
    id: fc.constantFrom(world.userId, world.groupId),
  });
  const target = shapeOf({ typeKey, categoryKey: fc.constant("devices") });
  const body = (fields: Record<string, fc.Arbitrary<unknown>>) => variants(hostileBody(shapeOf(fields)));
  const withBody =
    (method: Probe["method"], path: string) =>
    (sent: { body: string | Uint8Array; contentType?: string }): Probe => ({ method, path, ...sent });
  // GET when no body is given, else `method` with it.
  const subscriptionsOf = (suffix: string, method: Probe["method"], b?: ReturnType<typeof body>) =>
    fc
      .tuple(kind, id, b ?? fc.constant(undefined))
      .map(([k, i, sent]) =>
        sent === undefined
          ? get(`/api/internal/subscriptions/${k}/${i}${suffix}`)
          : withBody(method, `/api/internal/subscriptions/${k}/${i}${suffix}`)(sent),
      );
  return {
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
    "/api/internal/system/resources": schemaQuery(resourcesQuerySchema).map((q) =>
      get(`/api/internal/system/resources${q}`),
    ),
    // Ids are bigint text: past int8 is the edge to probe.
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
  };
}

export const WEBHOOK_PATH = "/api/webhooks/resend";

/** A Resend webhook's body: its event shape filled with hostile values, or any hostile body. */
export const webhookBody: fc.Arbitrary<string> = hostileBody(
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

/** Printable ASCII up to 40 characters: garbage for a header or a bearer token. */
export const asciiGarbage: fc.Arbitrary<string> = fc.stringMatching(/^[ -~]{0,40}$/);

/** `svix-*` headers that are not a signature: garbage, some missing, a stale or a current timestamp. */
export const forgedWebhookHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    "svix-id": fc.oneof(asciiGarbage, fc.constant("msg_1")),
    "svix-timestamp": fc.oneof(asciiGarbage, fc.constantFrom("0", String(Math.floor(Date.now() / 1000)))),
    "svix-signature": fc.oneof(
      asciiGarbage,
      asciiGarbage.map((s) => `v1,${Buffer.from(s).toString("base64")}`),
    ),
  },
  { requiredKeys: [] },
);

/** next-auth's GETs (an unknown action too), the probes and /metrics, without credentials. */
export const openProbes: Record<
  "/api/auth/{...nextauth}" | "/healthz" | "/readyz" | "/metrics",
  fc.Arbitrary<Probe>
> = {
  "/api/auth/{...nextauth}": fc
    .tuple(
      fc.constantFrom("session", "csrf", "providers", "signin", "error", "callback/credentials", "x"),
      hostileQuery(["callbackUrl", "error"]),
    )
    .map(([action, q]) => get(`/api/auth/${action}${q}`)),
  "/healthz": hostileQuery(["verbose"]).map((q) => get(`/healthz${q}`)),
  "/readyz": hostileQuery(["verbose"]).map((q) => get(`/readyz${q}`)),
  "/metrics": hostileQuery(["name[]"]).map((q) => get(`/metrics${q}`)),
};

/** An unsubscribe token: hostile, or two base64url parts as a real one has. */
export const unsubscribeToken: fc.Arbitrary<string> = fc.oneof(
  hostileSegment,
  fc
    .tuple(fc.base64String({ maxLength: 60 }), fc.base64String({ maxLength: 50 }))
    .map(([a, b]) => `${a}.${b}`.replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "")),
);

/** The one-click unsubscribe a mail client posts (RFC 8058), with hostile forms and content types. */
export const oneClickProbe: fc.Arbitrary<Probe> = fc
  .tuple(
    unsubscribeToken,
    fc.oneof(
      fc.constant("List-Unsubscribe=One-Click"),
      hostileText.map((text) => `List-Unsubscribe=${encodeURIComponent(text.toWellFormed())}`),
      fc.string({ unit: "binary", maxLength: 60 }),
    ),
    fc.constantFrom(
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/json",
      "text/plain",
    ),
  )
  .map(([token, body, contentType]) => ({
    method: "POST",
    path: `/unsubscribe/${token}/one-click`,
    body,
    contentType,
  }));
