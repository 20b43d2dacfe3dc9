// One request per principal × entry point × method, and what came back; plus a fingerprint of the
// whole database, to show that a refused call wrote nothing.
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { e2eDb } from "../helpers";
import type { ActionEntry, RouteEntry } from "./entry-points";
import { MISSING_ID } from "./entry-points";
import type { Expected } from "./policy";

/** Text no wrapper lets through (NUL): a caller who passes authorization is stopped by validation. */
const UNSAFE = "\u0000";

/** A concrete URL for a route pattern: ids that name nothing, next-auth's session / credentials callback. */
export function routeUrl(entry: RouteEntry): string {
  return entry.pattern
    .replace("{...nextauth}", entry.method === "GET" ? "session" : "callback/credentials")
    .replace("{id}", MISSING_ID)
    .replace("{kind}", "user")
    .replace("{key}", "security-sweep-missing")
    .replace("{token}", "not-a-token");
}

export async function callRoute(api: APIRequestContext, entry: RouteEntry, headers: Record<string, string>) {
  const url = routeUrl(entry);
  const write = !["GET", "HEAD", "OPTIONS"].includes(entry.method);
  let data: string | undefined;
  let contentType: string | undefined;
  if (write && entry.pattern.startsWith("/unsubscribe/")) {
    [data, contentType] = ["List-Unsubscribe=One-Click", "application/x-www-form-urlencoded"];
  } else if (write && entry.pattern.startsWith("/api/auth/")) {
    // No CSRF token: next-auth refuses before looking at the credentials.
    [data, contentType] = ["email=&password=", "application/x-www-form-urlencoded"];
  } else if (write) {
    [data, contentType] = [JSON.stringify({ sweep: UNSAFE }), "application/json"];
  }
  return api.fetch(url, {
    method: entry.method,
    headers: { ...headers, ...(contentType ? { "Content-Type": contentType } : {}) },
    ...(data !== undefined ? { data } : {}),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
}

/**
 * A server action called as the browser's fetch does (`Next-Action` header). The arguments fit every
 * wrapper: `[input, formData]`, where input (authedAction) and every form field (authedFormAction, the
 * public form actions) hold NUL, so an authorized call ends at validation and changes nothing.
 */
export async function callAction(
  api: APIRequestContext,
  entry: ActionEntry,
  headers: Record<string, string>,
) {
  // React's reply encoding: the FormData argument "$K1" collects the fields named "_1_<name>" sent
  // before the root "0" (the decoder streams, so the root comes last, as the browser sends it).
  const form = new FormData();
  form.append("_1_sweep", UNSAFE);
  form.append("0", JSON.stringify([{ sweep: UNSAFE }, "$K1"]));
  return api.post(entry.page, {
    headers: { ...headers, "Next-Action": entry.id, Accept: "text/x-component" },
    multipart: form,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
}

/** The sign-in page a refused action sends its caller to: the proxy's HTTP redirect or the action's own. */
function sentToSignIn(response: APIResponse): boolean {
  const headers = response.headers();
  const location = headers["location"] ?? "";
  const actionRedirect = headers["x-action-redirect"] ?? "";
  return (
    ([302, 303, 307].includes(response.status()) && new URL(location, "http://x").pathname === "/sign-in") ||
    actionRedirect.split(";")[0]?.split("?")[0] === "/sign-in"
  );
}

/** Why `response` breaks `expected`, or null when it keeps it. */
export function mismatch(
  response: APIResponse,
  expected: Expected,
  options: { action: boolean; publicAction: boolean },
): string | null {
  const status = response.status();
  if (status >= 500) return `answered ${status}`;
  const signIn = options.action && sentToSignIn(response);
  switch (expected.outcome) {
    case "refused":
      return status === expected.status && !signIn
        ? null
        : `expected ${expected.status} (${expected.why}), got ${status}`;
    case "sign-in":
      return signIn ? null : `expected a redirect to /sign-in (${expected.why}), got ${status}`;
    case "allowed":
      if (status === 401 || status === 403) return `expected to be let through, got ${status}`;
      // Signing out sends everyone to /sign-in (and the proxy sends a caller without a session there first).
      if (signIn) return options.publicAction ? null : "expected to be let through, was sent to /sign-in";
      if (options.action && status !== 200) return `expected the action to run (200), got ${status}`;
      return null;
  }
}

/**
 * Tables left out of the fingerprint: written on their own schedule by the worker and scheduler the e2e
 * server runs, or by request counting, never as a result of what a call asked for.
 * - RateLimitBucket: per-key per-minute request counters (every API request of a valid key counts).
 * - LoginAttempt: the sign-in throttle's attempts (the sweep signs in the disabled user beforehand).
 * - ServiceInstance: each process's heartbeat, every ~10 s.
 * - ResourceSample, ThresholdState: the scheduler's host-resource readings and their alert state.
 * - DeviceCheck, DeviceState: the scheduler's device probes and their connectivity state.
 * - JobRun: one row per periodic job run (the scheduler's slots).
 * - TransportHealth: the worker's mail-transport health checks.
 * - DeliveryAttempt, MailboxMessage, RenderedMessage, DeliveryStatusTally: the worker's output while it
 *   sends the seed's queued and retrying e-mails (attempts, the mailbox transport's messages, renders,
 *   and the per-status counts a trigger keeps). A call can only cause these through a Delivery row,
 *   which stays in the fingerprint (below), and through its audit entry (AuditLog stays whole).
 */
export const NOISE_TABLES = new Set([
  "RateLimitBucket",
  "LoginAttempt",
  "ServiceInstance",
  "ResourceSample",
  "ThresholdState",
  "DeviceCheck",
  "DeviceState",
  "JobRun",
  "TransportHealth",
  "DeliveryAttempt",
  "MailboxMessage",
  "RenderedMessage",
  "DeliveryStatusTally",
]);

/**
 * Tables the worker updates in place: only the columns it never writes are fingerprinted (every row
 * still counts, so a new or deleted row shows). Delivery: its queue state (status, lease, attempts,
 * availability, the rendered subject and the provider's answer) moves as the worker sends.
 */
export const STABLE_COLUMNS: Record<string, readonly string[]> = {
  Delivery: [
    "id",
    "eventId",
    "typeKey",
    "categoryKey",
    "recipientKind",
    "userId",
    "contactId",
    "email",
    "name",
    "locale",
    "timeZone",
    "mode",
    "reasons",
    "idempotencyKey",
    "messageId",
    "createdAt",
  ],
};

/**
 * Rows left out of the fingerprint: Herald's own SYSTEM events (the scheduler's service, resource and
 * device alerts, raised whenever a heartbeat goes stale or a threshold is crossed) and their deliveries.
 * A call can only create API, UI or TEST events, which stay in.
 */
export const ROW_FILTERS: Record<string, string> = {
  Event: `t."origin" <> 'SYSTEM'`,
  Delivery: `t."eventId" IN (SELECT e.id FROM "Event" e WHERE e."origin" <> 'SYSTEM')`,
};

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Table → "rows:md5 of its rows" for every table of the database but the noise ones. */
export async function databaseFingerprint(): Promise<Record<string, string>> {
  const db = e2eDb();
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const parts = tables
    .map(({ name }) => name)
    .filter((name) => !NOISE_TABLES.has(name))
    .map((name) => {
      const columns = STABLE_COLUMNS[name];
      const row = columns
        ? `ROW(${columns.map((column) => `t.${quote(column)}`).join(", ")})::text`
        : "t::text";
      return (
        `SELECT '${name.replace(/'/g, "''")}' AS name, count(*)::text || ':' || ` +
        `coalesce(md5(string_agg(md5(${row}), '' ORDER BY md5(${row}))), '') AS print FROM ${quote(name)} t` +
        (ROW_FILTERS[name] ? ` WHERE ${ROW_FILTERS[name]}` : "")
      );
    });
  const rows = await db.$queryRawUnsafe<{ name: string; print: string }[]>(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map((row) => [row.name, row.print]));
}

/** Runs `tasks` with at most `limit` at a time. */
export async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const run = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
}
