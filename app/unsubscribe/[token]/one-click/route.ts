import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { errorResponse } from "@/lib/api/respond";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import english from "@/messages/en/common.json";
import { unsubscribeWithToken } from "@/lib/subscriptions/unsubscribe";

type Params = { token: string };

// POST /unsubscribe/{token}/one-click – RFC 8058 one-click unsubscribe, what mail clients call for
// `List-Unsubscribe: <…/one-click>` with `List-Unsubscribe-Post: List-Unsubscribe=One-Click`.
// No session: the signed token is the credential. 200 once muted; 400 for a tampered, expired or
// malformed token or body; 409 for a mandatory type; nothing changes unless it answers 200.
// (A page and a route cannot share a path in Next, so the confirmation page is /unsubscribe/{token}.)
export async function POST(request: NextRequest, { params }: { params: Promise<Params> }) {
  const { token } = await params;
  const requestId = randomUUID();
  const type = request.headers.get("content-type") ?? "";
  const body =
    type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data")
      ? await request.formData().catch(() => null)
      : null;
  if (body?.get("List-Unsubscribe") !== "One-Click") {
    return errorResponse("BAD_REQUEST", "Expected a form body 'List-Unsubscribe=One-Click' (RFC 8058)");
  }
  try {
    const { typeKey } = await unsubscribeWithToken(db, token, { ip: clientIp(request.headers), requestId });
    return NextResponse.json({ unsubscribed: true, typeKey }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof AppError) {
      const errors: Record<string, string> = english.errors;
      return errorResponse(error.code, errors[error.message] ?? error.message, error.details);
    }
    console.error(`[unsubscribe] request ${requestId} failed`, error);
    return errorResponse("INTERNAL", `Internal error (request ${requestId})`);
  }
}
