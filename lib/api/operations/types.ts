// One entry per HTTP API operation. lib/api/openapi.ts builds the OpenAPI 3.1 document from the
// entries each feature registers in lib/api/operations/<feature>.ts (collected in index.ts).
import type { z } from "zod";
import type { ApiScope } from "@/lib/api-keys/scopes";

export interface ApiOperation {
  /** operationId, e.g. "listCatalog". */
  id: string;
  method: "get" | "post" | "put" | "patch" | "delete";
  /** Path below /api/v1 in OpenAPI form, e.g. "/catalog/{key}". */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** Scope the API key needs; null for public operations. */
  scope: ApiScope | null;
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  successStatus?: number;
  /** HTTP statuses documented with the shared error schema. */
  errors: number[];
}
