// The harness of the integration tests that call server actions. Only the session, the request
// headers and Next's cache are faked: the action wrapper, the schemas and the database are real.
// vi.mock calls are hoisted above imports, so each test file keeps its own, with a factory that
// imports these stand-ins:
//
//   vi.mock("@/lib/auth/viewer", async () => (await import("@/tests/actions")).viewerModule);
import type { Viewer } from "@/lib/auth/viewer";
import { createUser } from "@/prisma/seed/factories";
import { testDb } from "./db";

/** Who is signed in: set by signIn, null for no session. */
export const session = { viewer: null as Viewer | null };

/** Stands in for @/lib/auth/viewer: the signed-in viewer, refused as a real request would be. */
export const viewerModule = {
  requireViewer: async (roles?: readonly string[]) => {
    if (!session.viewer) throw new Error("NEXT_REDIRECT: sign in");
    if (roles && !roles.includes(session.viewer.role)) throw new Error("NEXT_HTTP_ERROR_FALLBACK;403");
    return session.viewer;
  },
};

/** Stands in for next/headers: a request from localhost. */
export const headersModule = { headers: async () => new Headers({ "x-forwarded-for": "127.0.0.1" }) };

/** Stands in for next/cache: nothing to revalidate outside Next. */
export const cacheModule = { revalidatePath: () => {} };

/** Creates a user with this role and signs them in. */
export async function signIn(role: Viewer["role"]) {
  const user = await createUser(testDb(), { role });
  session.viewer = { ...user, sessionVersion: 1, disabledAt: null } as Viewer;
  return user;
}

/** The FormData a form with these fields posts. */
export function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}
