import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError, type ErrorCode, errorStatus } from "@/lib/errors";

/** The one error shape of the HTTP API. */
export function errorResponse(
  code: ErrorCode | "INTERNAL",
  message: string,
  details?: unknown,
  headers?: HeadersInit,
) {
  const status = code === "INTERNAL" ? 500 : errorStatus[code];
  return NextResponse.json(
    { error: { code, message, ...(details ? { details } : {}) } },
    { status, headers },
  );
}

/** Reads and validates a JSON body; malformed JSON and schema violations are 400s with details. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON");
  }
  return parseInput(schema, body, "The request body is invalid");
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, message: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const details: Record<string, string[]> = {};
    for (const issue of parsed.error.issues)
      (details[issue.path.join(".") || "_"] ??= []).push(issue.message);
    throw new AppError("BAD_REQUEST", message, details);
  }
  return parsed.data;
}
