import { delegateRoute } from "@/lib/api/delegate-route";
import { handlers } from "@/lib/auth";

// /api/auth/* – next-auth's own endpoints (CSRF token, session, credentials callback, sign-out).
const reason = "next-auth authenticates and answers these requests itself";
export const GET = delegateRoute(reason, handlers.GET);
export const POST = delegateRoute(reason, handlers.POST);
