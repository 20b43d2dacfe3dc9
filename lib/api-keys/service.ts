import "server-only";
import type { AuditActor } from "@/lib/audit/record";
import { recordAudit } from "@/lib/audit/record";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { apiKeySummarySelect, toApiKeySummary, type ApiKeySummary } from "./summary";
import type { CreateApiKeyInput } from "./schemas";
import { toDbScope } from "./scopes";
import { generateApiKey } from "./secret";

export interface CreatedApiKey {
  /** The whole key: returned once, to be shown once; only its SHA-256 is stored. */
  key: string;
  apiKey: ApiKeySummary;
}

/** Creates a key for the acting user. The audit entry names the key and its scopes, never the secret or its hash. */
export async function createApiKey(
  db: Database,
  actor: AuditActor,
  input: CreateApiKeyInput,
): Promise<CreatedApiKey> {
  const createdById = actor.id;
  if (!createdById) throw new AppError("FORBIDDEN", "forbidden");
  const { key, prefix, hash } = generateApiKey();
  return db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: { name: input.name, prefix, hash, scopes: input.scopes.map(toDbScope), createdById },
      select: apiKeySummarySelect,
    });
    const apiKey = toApiKeySummary(row);
    await recordAudit(tx, actor, {
      action: "api-key.create",
      targetType: "api-key",
      targetId: row.id,
      after: { name: apiKey.name, prefix: apiKey.prefix, scopes: apiKey.scopes },
    });
    return { key, apiKey };
  });
}

/** Revokes a key at once; the row stays, so the list and the audit log keep naming it. */
export async function revokeApiKey(db: Database, actor: AuditActor, id: string): Promise<ApiKeySummary> {
  return db.$transaction(async (tx) => {
    const existing = await tx.apiKey.findUnique({ where: { id }, select: { id: true, revokedAt: true } });
    if (!existing) throw new AppError("NOT_FOUND", "notFound");
    // The condition on revokedAt makes two concurrent revocations write (and audit) only once.
    const revokedAt = new Date();
    const { count } = await tx.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt } });
    if (count === 0) throw new AppError("CONFLICT", "apiKeyAlreadyRevoked");
    const row = await tx.apiKey.findUniqueOrThrow({ where: { id }, select: apiKeySummarySelect });
    await recordAudit(tx, actor, {
      action: "api-key.revoke",
      targetType: "api-key",
      targetId: id,
      before: { name: row.name, prefix: row.prefix, revokedAt: null },
      after: { name: row.name, prefix: row.prefix, revokedAt: revokedAt.toISOString() },
    });
    return toApiKeySummary(row);
  });
}
