// Sending a fuzz probe as its principal, and judging the answer: never a 5xx, and under /api (and for the
// one-click unsubscribe, which a mail client calls) every 4xx is the API's typed error shape
// `{ error: { code, message } }` with a code of lib/errors.ts whose status it carries.
import { errorStatus, type ErrorCode } from "@/lib/errors";
import { signResendWebhook } from "@/lib/mail/webhooks";
import type { ApiScope as DbApiScope } from "@/generated/prisma/enums";
import type { FuzzProbe } from "./routes";

export interface Credentials {
  base: string;
  /** Several keys per scope, each holding only that scope: used in turn to stay under the rate limit. */
  keys: Record<DbApiScope, string[]>;
  revokedKey: string;
  sessionCookie: string;
  webhookSecret: string;
}

/** Statuses answered in the API's shape with a code whose own status differs (the server's guards). */
const ALSO_ALLOWED: Record<number, ErrorCode> = {
  // Node's header-size limit (a request line past 16 KB), answered by scripts/server.ts as a bad request.
  431: "BAD_REQUEST",
};

/** Why this answer breaks the rules, or null. */
export function judge(probe: Pick<FuzzProbe, "path">, status: number, contentType: string, text: string) {
  // The readiness probe's designed answer while no worker has reported in (the fuzz server runs none,
  // so that only the requests write): a load balancer reads it, it answers no input.
  if (status === 503 && /^\/readyz(\?|$)/.test(probe.path) && /^\{"status":"unready"/.test(text)) return null;
  if (status >= 500) return `${status} ${text.slice(0, 300)}`;
  if (status < 400) return null;
  const typed = probe.path.startsWith("/api/") || probe.path.includes("/one-click");
  if (!typed) return null;
  if (!contentType.includes("application/json"))
    return `${status} not JSON (${contentType}): ${text.slice(0, 200)}`;
  let body: { error?: { code?: unknown; message?: unknown } };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return `${status} unparseable JSON: ${text.slice(0, 200)}`;
  }
  const code = body.error?.code;
  if (typeof code !== "string" || typeof body.error?.message !== "string")
    return `${status} untyped error: ${text.slice(0, 200)}`;
  if (!(code in errorStatus)) return `${status} unknown error code ${code}`;
  if (errorStatus[code as ErrorCode] !== status && ALSO_ALLOWED[status] !== code)
    return `${status} carries code ${code} (${errorStatus[code as ErrorCode]})`;
  return null;
}

const turn = new Map<string, number>();
function nextOf(list: string[], name: string) {
  const i = turn.get(name) ?? 0;
  turn.set(name, i + 1);
  return list[i % list.length]!;
}

const FORGED_SECRET = "whsec_" + Buffer.from("not-the-secret-of-this-server!!!").toString("base64");

function authHeaders(probe: FuzzProbe, credentials: Credentials): Record<string, string> {
  const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
  switch (probe.principal) {
    case "scoped":
      return bearer(nextOf(credentials.keys[probe.scope!], probe.scope!));
    case "other-scope": {
      const other = (Object.keys(credentials.keys) as DbApiScope[]).find((scope) => scope !== probe.scope)!;
      return bearer(credentials.keys[other][0]!);
    }
    case "revoked":
      return bearer(credentials.revokedKey);
    case "unknown":
      // Well-formed, with a real key's prefix, but a secret no key has.
      return bearer(credentials.keys.CATALOG_READ[0]!.replace(/.{8}$/, "AAAAAAAA"));
    case "session":
      return { cookie: credentials.sessionCookie, origin: credentials.base };
    default:
      return {};
  }
}

function webhookHeaders(probe: FuzzProbe, credentials: Credentials, body: string): Record<string, string> {
  if (probe.principal === "signed")
    return { ...signResendWebhook({ secret: credentials.webhookSecret, body }) };
  if (probe.headers && Object.keys(probe.headers).length) return probe.headers;
  // A real signature, but with another secret or from an hour ago (chosen by the body, so a seed replays).
  return body.length % 2
    ? { ...signResendWebhook({ secret: FORGED_SECRET, body }) }
    : {
        ...signResendWebhook({
          secret: credentials.webhookSecret,
          body,
          timestamp: new Date(Date.now() - 3_600_000),
        }),
      };
}

export interface Answer {
  probe: FuzzProbe;
  /** 0: no answer (connection refused, reset or timed out). */
  status: number;
  problem: string | null;
}

export async function send(probe: FuzzProbe, credentials: Credentials): Promise<Answer> {
  const bytes =
    probe.body === undefined
      ? undefined
      : typeof probe.body === "string"
        ? Buffer.from(probe.body, "utf8")
        : Buffer.from(probe.body);
  const isWebhook = probe.path.startsWith("/api/webhooks/");
  const headers: Record<string, string> = {
    ...(isWebhook
      ? webhookHeaders(probe, credentials, bytes?.toString("utf8") ?? "")
      : authHeaders(probe, credentials)),
    ...(isWebhook ? {} : probe.headers),
    ...(probe.contentType ? { "content-type": probe.contentType } : {}),
  };
  try {
    const response = await fetch(`${credentials.base}${probe.path}`, {
      method: probe.method,
      headers,
      body: bytes,
      redirect: "manual",
      signal: AbortSignal.timeout(120_000),
    });
    const text = await response.text();
    const problem = judge(probe, response.status, response.headers.get("content-type") ?? "", text);
    return { probe, status: response.status, problem };
  } catch (error) {
    return { probe, status: 0, problem: `no answer: ${String(error).slice(0, 200)}` };
  }
}
