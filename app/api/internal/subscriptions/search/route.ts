import { NextResponse } from "next/server";
import { withSession } from "@/lib/api/with-session";
import { STAFF } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { searchSubjects } from "@/lib/subscriptions/queries";

// GET /api/internal/subscriptions/search?q= – users and groups to copy subscriptions from
export const GET = withSession(
  async ({ request }) => {
    const q = (request.nextUrl.searchParams.get("q") ?? "").slice(0, 100);
    return NextResponse.json({ options: await searchSubjects(db, q) });
  },
  { roles: STAFF },
);
