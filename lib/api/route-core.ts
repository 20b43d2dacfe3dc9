import "server-only";
import { log } from "@/lib/log";
import { observeHttpRequest, routePattern } from "@/lib/observability/metrics";
import { withRequestContext } from "@/lib/observability/request-context";
import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { clientIp } from "@/lib/auth/client-ip";
import { AppError, databaseUnavailable } from "@/lib/errors";
import { formDataToObject } from "@/lib/validation/form-data";
import { unsafeTextErrors } from "@/lib/validation/text";
import { englishDetails, englishMessage } from "./english";
import { markEntryPoint, type EntryPointMarker } from "./entry-point";
import { errorResponse } from "./respond";

// The one core under every route wrapper (withApi, withSession, withToken, delegateRoute): a request
// id, authentication (the wrapper's), unsafe-text refusal and schema parsing of path params, query and
// body, one error shape `{ error: { code, message, details? } }` in English, `X-Request-Id` and
// `Cache-Control: no-store` on every answer, and unexpected errors logged with the request id.

/** The schemas a route declares; whatever is declared is parsed before the handler runs. */
export interface RouteSchemas {
  params?: z.ZodType;
  query?: z.ZodType;
  /** A JSON body. */
  body?: z.ZodType;
  /** A form body (application/x-www-form-urlencoded or multipart/form-data). */
  form?: z.ZodType;
}

/** What every wrapper's handler gets, besides what its authentication adds. */
export interface CoreContext {
  request: NextRequest;
  requestId: string;
  /** The client's address (lib/auth/client-ip). */
  ip: string;
}

export type RouteHandler<P> = (request: NextRequest, route: { params: Promise<P> }) => Promise<Response>;

/** Larger bodies are refused before parsing (a 1 MB string field still reaches its schema's limit). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface CoreOptions<Auth> {
  marker: EntryPointMarker;
  /** Log prefix, e.g. "api", "internal-api". */
  logTag: string;
  schemas?: RouteSchemas;
  /** Path params that fail their schema name nothing that can exist: 404 (the default) or 400. */
  invalidParams?: "NOT_FOUND" | "BAD_REQUEST";
  /**
   * For Herald's own UI (withSession): errors also carry `key`, the common.errors key of the message,
   * and field details stay keys, so the islands show them in the viewer's language.
   */
  messageKeys?: boolean;
  /** Status of a handler's plain (non-Response) result. */
  successStatus?: number;
  /** Largest body accepted, in bytes (default MAX_BODY_BYTES); a larger one is a 413 before parsing. */
  maxBodyBytes?: number;
  /** Who is calling, or a Response refusing them. Runs before any input is read. */
  authenticate: (context: CoreContext) => Promise<Auth | Response>;
  /**
   * Headers for every answer once `authenticate` let the caller in, errors included (withApi: the
   * key's RateLimit-* standing).
   */
  answerHeaders?: (auth: Auth) => Record<string, string>;
}

export interface ParsedInput {
  params: unknown;
  query: unknown;
  body: unknown;
}

/**
 * Builds a route handler. The handler returns a Response, or a value sent as JSON with
 * `successStatus`; it throws AppError for expected failures.
 */
export function buildRoute<Auth extends object>(
  options: CoreOptions<Auth>,
  handler: (context: CoreContext & Auth & ParsedInput) => Promise<Response | object>,
): RouteHandler<Record<string, string | string[]>> {
  const route: RouteHandler<Record<string, string | string[]>> = (request, routeContext) => {
    const requestId = randomUUID();
    // Every log line written while this request runs carries its id (lib/log.ts).
    return withRequestContext(requestId, () => serve(request, routeContext, requestId));
  };
  const serve = async (
    request: NextRequest,
    { params }: { params: Promise<Record<string, string | string[]>> },
    requestId: string,
  ) => {
    const core: CoreContext = { request, requestId, ip: clientIp(request.headers) };
    const rawParams = (await params) ?? {};
    let response: Response;
    let auth: Auth | undefined;
    try {
      const authenticated = await options.authenticate(core);
      if (authenticated instanceof Response) {
        response = authenticated;
      } else {
        auth = authenticated;
        const input = await parseRequest(request, rawParams, options);
        const result = await handler({ ...core, ...auth, ...input });
        response =
          result instanceof Response
            ? result
            : NextResponse.json(result, { status: options.successStatus ?? 200 });
      }
    } catch (error) {
      response = clientAborted(request, error)
        ? abortedResponse(requestId, options.logTag)
        : toErrorResponse(error, requestId, options.logTag, options.messageKeys);
    }
    if (auth && options.answerHeaders) {
      for (const [name, value] of Object.entries(options.answerHeaders(auth)))
        response.headers.set(name, value);
    }
    response.headers.set("X-Request-Id", requestId);
    if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "no-store");
    // The route pattern, not the URL: the label's values stay as few as the routes.
    observeHttpRequest(request.method, routePattern(request.nextUrl.pathname, rawParams), response.status);
    return response;
  };
  return markEntryPoint(route, options.marker);
}

/** AppError → its status and English message; anything else → a logged 500 naming the request. */
export function toErrorResponse(
  error: unknown,
  requestId: string,
  logTag: string,
  messageKeys = false,
): Response {
  if (error instanceof AppError) {
    const message = englishMessage(error.message);
    if (!messageKeys) return errorResponse(error.code, message, englishDetails(error.details));
    return errorResponse(error.code, message, error.details, undefined, { key: error.message });
  }
  // Not the request's fault nor a bug: the database is restarting, unreachable or out of disk. A 503
  // with Retry-After tells a client (and a balancer) to come back; an Idempotency-Key makes that safe.
  if (databaseUnavailable(error)) {
    log.warn({ err: error, requestId, area: logTag }, "database unavailable");
    return errorResponse(
      "SERVICE_UNAVAILABLE",
      `The database is unavailable; try again shortly (request ${requestId})`,
      undefined,
      { "Retry-After": "5" },
    );
  }
  log.error({ err: error, requestId, area: logTag }, "request failed");
  return errorResponse("INTERNAL", `Internal error (request ${requestId})`);
}

/**
 * The client went away mid-request (closed the connection while its body was being read, or aborted
 * the fetch): nobody is failing, and nobody will read the answer.
 */
function clientAborted(request: NextRequest, error: unknown): boolean {
  if (request.signal.aborted) return true;
  if (!(error instanceof Error)) return false;
  // Node's IncomingMessage reports a connection closed before the body ended as "aborted"/ECONNRESET.
  const code = (error as NodeJS.ErrnoException).code;
  return error.name === "AbortError" || (error.message === "aborted" && code === "ECONNRESET");
}

/** Logged at info, not as a failure; 499 ("client closed request") keeps it apart in the metrics. */
function abortedResponse(requestId: string, logTag: string): Response {
  log.info({ requestId, area: logTag }, "request aborted by the client");
  return NextResponse.json(
    { error: { code: "CLIENT_CLOSED_REQUEST", message: "The client closed the request" } },
    { status: 499 },
  );
}

async function parseRequest(
  request: NextRequest,
  rawParams: Record<string, string | string[]>,
  options: Pick<CoreOptions<object>, "schemas" | "invalidParams" | "maxBodyBytes">,
): Promise<ParsedInput> {
  const schemas = options.schemas ?? {};
  // Every path and query value is checked, declared or not: a handler reading one by hand is safe too.
  refuseUnsafe(rawParams, "The path contains characters that are not allowed");
  const rawQuery = Object.fromEntries(request.nextUrl.searchParams);
  refuseUnsafe(rawQuery, "The query contains characters that are not allowed");

  const params = schemas.params
    ? parse(schemas.params, rawParams, "Invalid path parameters", options.invalidParams ?? "NOT_FOUND")
    : rawParams;
  const query = schemas.query ? parse(schemas.query, rawQuery, "Invalid query parameters") : undefined;
  let body: unknown;
  if (schemas.body) {
    await refuseUnlessJson(request);
    body = parseBody(schemas.body, await readJson(request, options.maxBodyBytes));
  } else if (schemas.form) body = parseBody(schemas.form, await readForm(request));
  return { params, query, body };
}

function parseBody(schema: z.ZodType, raw: unknown): unknown {
  refuseUnsafe(raw, "The request body contains characters that are not allowed");
  return parse(schema, raw, "The request body is invalid");
}

function refuseUnsafe(raw: unknown, message: string) {
  const errors = unsafeTextErrors(raw);
  if (errors) throw new AppError("BAD_REQUEST", message, errors);
}

/** Parses with `schema`; a failure is `code` (400 by default) with each field's problems. */
export function parse<S extends z.ZodType>(
  schema: S,
  input: unknown,
  message: string,
  code: "BAD_REQUEST" | "NOT_FOUND" = "BAD_REQUEST",
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const details: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (details[issue.path.join(".") || "_"] ??= []).push(issue.message);
  throw new AppError(code, code === "NOT_FOUND" ? "notFound" : message, details);
}

/**
 * The body as text, counting bytes as they arrive: a body past `limit` is refused (413) as soon as it
 * crosses it, whatever Content-Length claims, and never parsed. The rest of a refused body is read and
 * dropped (up to DRAIN_LIMIT_BYTES) so that the client, still sending, receives the 413 instead of a
 * connection reset; past that the stream is cancelled.
 */
export async function readText(request: NextRequest, limit = MAX_BODY_BYTES): Promise<string> {
  const tooLarge = () =>
    new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${limit.toLocaleString("en")} bytes`);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) {
    await drain(reader, declared);
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await drain(reader, size);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Beyond this a refused body is not read to its end: the connection is cut instead. */
const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, expected: number) {
  if (expected > DRAIN_LIMIT_BYTES) return reader.cancel();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    size += value.byteLength;
    if (size > DRAIN_LIMIT_BYTES) return reader.cancel();
  }
}

/**
 * `application/json` or a `+json` type (`application/problem+json`…), in UTF-8: the body is read as
 * UTF-8, so a charset parameter naming anything else (utf-16…) is refused rather than misread.
 */
function isJsonMediaType(contentType: string | null): boolean {
  const [type = "", ...parameters] = (contentType ?? "").toLowerCase().split(";");
  const essence = type.trim();
  if (essence !== "application/json" && !/^application\/[a-z0-9!#$&^_.-]+\+json$/.test(essence)) return false;
  const charset = parameters.map((part) => part.trim()).find((part) => part.startsWith("charset="));
  return !charset || /^charset="?utf-8"?$/.test(charset);
}

/**
 * A route declaring a JSON body refuses any other Content-Type (or none) with a 415, before reading a
 * byte of it as JSON: text sent as text/plain or a form is not silently parsed as JSON. The body is
 * read and dropped first (see drain), so that a client still sending receives the answer.
 */
async function refuseUnlessJson(request: NextRequest) {
  if (isJsonMediaType(request.headers.get("content-type"))) return;
  if (request.body) {
    await drain(request.body.getReader(), Number(request.headers.get("content-length") ?? "0"));
  }
  throw new AppError(
    "UNSUPPORTED_MEDIA_TYPE",
    "The request body must be JSON: send it with 'Content-Type: application/json'",
  );
}

async function readJson(request: NextRequest, limit?: number): Promise<unknown> {
  const text = await readText(request, limit);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON");
  }
}

async function readForm(request: NextRequest): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/x-www-form-urlencoded") && !type.includes("multipart/form-data")) {
    throw new AppError("BAD_REQUEST", "Expected a form body");
  }
  const form = await request.formData().catch(() => null);
  if (!form) throw new AppError("BAD_REQUEST", "The form body is malformed");
  return formDataToObject(form);
}
