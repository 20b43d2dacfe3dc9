import "server-only";
import type { NextRequest } from "next/server";
import { errorStatus, type ErrorCode } from "@/lib/errors";
import { unsafeTextErrors } from "@/lib/validation/text";
import { markEntryPoint } from "./entry-point";
import { errorResponse } from "./respond";

/**
 * A route handed whole to a library that authenticates and answers by itself (next-auth's
 * /api/auth/*). `reason` is required and shows in the entry-point test. Herald still refuses unsafe
 * text in the query and form body before the library sees it (it would reach PostgreSQL otherwise).
 */
export function delegateRoute<A extends unknown[]>(
  reason: string,
  handler: (request: NextRequest, ...rest: A) => Promise<Response>,
  /** Input the library would answer with a 500: field errors to refuse with a 400 first, or null. */
  refuse?: (fields: {
    query: URLSearchParams;
    form: Record<string, string>;
  }) => Record<string, string[]> | null,
) {
  return markEntryPoint(
    async (request: NextRequest, ...rest: A): Promise<Response> => {
      const query = Object.fromEntries(request.nextUrl.searchParams);
      const type = request.headers.get("content-type") ?? "";
      const form =
        type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data")
          ? Object.fromEntries(
              [
                ...((
                  await request
                    .clone()
                    .formData()
                    .catch(() => null)
                )?.entries() ?? []),
              ].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
            )
          : {};
      const errors = unsafeTextErrors({ ...query, ...form });
      if (errors)
        return errorResponse("BAD_REQUEST", "The request contains characters that are not allowed", errors);
      const refused = refuse?.({ query: request.nextUrl.searchParams, form });
      if (refused) return errorResponse("BAD_REQUEST", "The request is invalid", refused);
      return typedRefusal(await handler(request, ...rest));
    },
    { kind: "delegated", reason },
  );
}

/**
 * The library's own refusals in the API's error shape: @auth/core answers a request it cannot parse
 * (an unknown action such as /api/auth/x) with `Response.json("Bad request.", { status: 400 })`, a bare
 * JSON string where every /api client expects `{ error: { code, message } }` (found by the fuzz run,
 * tests/fuzz). A 4xx already in that shape, and every other answer, passes unchanged.
 */
export async function typedRefusal(response: Response): Promise<Response> {
  const { status } = response;
  if (status < 400 || status >= 500) return response;
  const text = (await response.clone().text()).trim();
  let message = text.slice(0, 200);
  try {
    const body = JSON.parse(text) as unknown;
    const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    if (typeof error?.code === "string" && typeof error.message === "string") return response;
    if (typeof body === "string") message = body.slice(0, 200);
  } catch {
    // Not JSON: its text is the message.
  }
  const code = (Object.keys(errorStatus) as ErrorCode[]).find((name) => errorStatus[name] === status);
  return errorResponse(code ?? "BAD_REQUEST", message || "The request was refused");
}
