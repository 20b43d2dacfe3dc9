// Expected failures carry a code; the action and API wrappers turn them into messages and HTTP statuses.
export const errorStatus = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
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
