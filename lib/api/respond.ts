import "server-only";
import { NextResponse } from "next/server";
import type { ErrorCode } from "@/lib/errors";
import { errorStatus } from "@/lib/errors";

/**
 * The one error shape of every JSON route: `{ error: { code, message, details? } }`; the internal
 * routes add `key` (see route-core's messageKeys).
 */
export function errorResponse(
  code: ErrorCode | "INTERNAL",
  message: string,
  details?: unknown,
  headers?: HeadersInit,
  extra?: { key?: string },
) {
  const status = code === "INTERNAL" ? 500 : errorStatus[code];
  return NextResponse.json(
    { error: { code, message, ...(details ? { details } : {}), ...extra } },
    { status, headers },
  );
}
