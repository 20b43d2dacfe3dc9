// What the HTTP API's integration tests share: the shape of a route handler they call directly, and a
// real API key (created through the service, by a fresh ADMIN) with the scopes a test needs.
import type { NextRequest } from "next/server";
import { createApiKeySchema } from "@/lib/api-keys/schemas";
import { createApiKey } from "@/lib/api-keys/service";
import { createUser } from "@/prisma/seed/factories";
import { testActor, testDb } from "./db";

/** A route handler as Next calls it (params always a promise). */
export type RouteHandler = (
  request: NextRequest,
  route: { params: Promise<Record<string, string>> },
) => Promise<Response>;

/** The secret of a new API key with these scopes, named `${label} ${scopes}`. */
export async function apiKeyWith(scopes: string[], label: string) {
  const db = testDb();
  const admin = await createUser(db, { role: "ADMIN" });
  const { key } = await createApiKey(
    db,
    testActor(admin.id),
    createApiKeySchema.parse({ name: `${label} ${scopes.join(" ")}`, scopes }),
  );
  return key;
}
