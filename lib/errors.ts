// Expected failures carry a code; the action and API wrappers turn them into messages and HTTP statuses.
export const errorStatus = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  /** A JSON body sent under another Content-Type (or none). */
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  /** The database cannot be reached or refuses work for now (restarting, disk full): try again. */
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, string[]>;

  constructor(code: ErrorCode, message: string, details?: Record<string, string[]>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/**
 * Prisma's unique-constraint violation, with the columns it names, or null for any other error.
 * Through the pg driver adapter Prisma names the index ("User_email_key") rather than the columns;
 * the columns are then read from Prisma's index naming convention (<Model>_<col>[_<col>]_key).
 */
export function uniqueViolation(error: unknown): string[] | null {
  if (typeof error !== "object" || error === null || !("code" in error) || error.code !== "P2002")
    return null;
  const meta = (error as { meta?: UniqueViolationMeta }).meta;
  const constraint = meta?.driverAdapterError?.cause?.constraint;
  if (constraint?.fields?.length) return constraint.fields.map(String);
  if (Array.isArray(meta?.target)) return meta.target.map(String);
  const index = constraint?.index ?? (typeof meta?.target === "string" ? meta.target : undefined);
  const columns = index?.match(/^[A-Za-z]+_(.+)_key$/)?.[1];
  return columns ? columns.split("_") : [];
}

interface UniqueViolationMeta {
  target?: unknown;
  driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } };
}

/** Prisma's codes for "the server is not there": unreachable, timed out, closed the connection, pool exhausted. */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
/** node-postgres's messages when a connection cannot be made or is lost. */
export const PG_CONNECTION_FAILURE = /^(Connection terminated|timeout exceeded when trying to connect)/;
/** The pg driver adapter's kinds for the same. */
const UNAVAILABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);

/**
 * Whether a failure means the database is unavailable for now rather than that the request is wrong or
 * the code broken: Prisma's connection codes and adapter kinds, and PostgreSQL's SQLSTATE
 * classes 08 (connection exception), 53 (insufficient resources: disk full, out of memory, too many
 * connections) and 57P (shutting down, starting up). Looks through `cause` and the adapter's error. A
 * bare socket error (ECONNRESET…) is not enough: it may be the client's connection, not the database's.
 */
export function databaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  const value = error as {
    code?: unknown;
    kind?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: { cause?: unknown } };
  };
  const code = typeof value.code === "string" ? value.code : undefined;
  if (code && UNAVAILABLE_PRISMA_CODES.has(code)) return true;
  if (typeof value.kind === "string" && UNAVAILABLE_KINDS.has(value.kind)) return true;
  if (value.kind === "postgres" && code && /^(08|53|57P)/.test(code)) return true;
  // node-postgres's own connection failures reach Prisma's caller unmapped (a plain Error carrying
  // Prisma's clientVersion), e.g. after connectionTimeoutMillis against a silent server.
  if ("clientVersion" in value && error instanceof Error && PG_CONNECTION_FAILURE.test(error.message))
    return true;
  return (
    databaseUnavailable(value.meta?.driverAdapterError?.cause, depth + 1) ||
    databaseUnavailable(value.cause, depth + 1)
  );
}
