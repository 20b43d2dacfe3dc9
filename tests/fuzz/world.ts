// The fuzz database's contents besides the synced catalog: an ADMIN to sign in as, a USER in a group
// (ids for plausible paths and bodies), several API keys of each scope (each holding only that scope, so
// that a key is refused on the other operations; several, so that 100,000 requests stay under the
// per-key rate limit and validation, not a 429, is what answers), and a revoked key.
import { ApiScope, type ApiScope as DbApiScope } from "@/generated/prisma/enums";
import { generateApiKey } from "@/lib/api-keys/secret";
import type { Database } from "@/lib/db/client";
import { createGroup, createUser } from "../../prisma/seed/factories";
import type { HostileWorld } from "@/e2e/hostile-probes";

const KEYS_PER_SCOPE = 6;
const PASSWORD = "Fuzz-Admin-Password-42";

export async function seedWorld(db: Database) {
  const admin = await createUser(db, { role: "ADMIN", password: PASSWORD });
  const user = await createUser(db);
  const group = await createGroup(db, "Fuzz group", [user.id]);
  const createKey = async (name: string, scopes: DbApiScope[], revoked = false) => {
    const key = generateApiKey();
    await db.apiKey.create({
      data: {
        name,
        prefix: key.prefix,
        hash: key.hash,
        scopes,
        createdById: admin.id,
        revokedAt: revoked ? new Date() : null,
      },
    });
    return key.key;
  };
  const keys = {} as Record<DbApiScope, string[]>;
  for (const scope of Object.values(ApiScope)) {
    keys[scope] = [];
    for (let i = 0; i < KEYS_PER_SCOPE; i++) keys[scope].push(await createKey(`fuzz ${scope} ${i}`, [scope]));
  }
  const revokedKey = await createKey("fuzz revoked", Object.values(ApiScope), true);
  const world: HostileWorld = {
    userId: user.id,
    userEmail: user.email,
    adminId: admin.id,
    groupId: group.id,
  };
  return { world, keys, revokedKey, admin: { email: admin.email, password: PASSWORD } };
}
