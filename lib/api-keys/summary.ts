// The API key as the UI sees it: everything but the hash (which the Prisma client omits anyway).
import type { Prisma } from "@/generated/prisma/client";
import { fromDbScope, type ApiScope } from "./scopes";

export const apiKeySummarySelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdBy: { select: { id: true, name: true, email: true } },
} satisfies Prisma.ApiKeySelect;

type SummaryRow = Prisma.ApiKeyGetPayload<{ select: typeof apiKeySummarySelect }>;

export interface ApiKeySummary {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdBy: { id: string; name: string; email: string };
}

export function toApiKeySummary(row: SummaryRow): ApiKeySummary {
  return { ...row, scopes: row.scopes.map(fromDbScope) };
}
