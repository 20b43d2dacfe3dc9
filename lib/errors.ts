// Expected failures carry a code; the action and API wrappers turn them into messages and HTTP statuses.
export const errorStatus = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
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

/** Prisma's unique-constraint violation, with the columns it names. */
export function uniqueViolation(error: unknown): string[] | null {
  if (typeof error === "object" && error !== null && "code" in error && error.code === "P2002") {
    const meta = (error as { meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } }).meta;
    const fields = meta?.driverAdapterError?.cause?.constraint?.fields ?? meta?.target;
    return Array.isArray(fields) ? fields.map(String) : [];
  }
  return null;
}
