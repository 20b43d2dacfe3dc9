import { delegateRoute } from "@/lib/api/delegate-route";
import { handlers } from "@/lib/auth";
import { callbackUrlErrors } from "@/lib/auth/callback-url";

// /api/auth/* – next-auth's own endpoints (CSRF token, session, credentials callback, sign-out).
const reason = "next-auth authenticates and answers these requests itself";
// next-auth answers an unusable callbackUrl with a 500 of its own: refuse it first with a 400.
const refuse = ({ query, form }: { query: URLSearchParams; form: Record<string, string> }) =>
  callbackUrlErrors([...query.getAll("callbackUrl"), ...(form.callbackUrl ? [form.callbackUrl] : [])]);
export const GET = delegateRoute(reason, handlers.GET, refuse);
export const POST = delegateRoute(reason, handlers.POST, refuse);
