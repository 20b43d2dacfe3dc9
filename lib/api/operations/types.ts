// One entry per HTTP API operation. lib/api/openapi.ts builds the OpenAPI 3.1 document from the
// entries each feature registers in lib/api/operations/<feature>.ts (collected in index.ts), and
// withApi (lib/api/with-api.ts) enforces the same entry: its scope, its params, query and body schemas.
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
  /** Largest request body accepted, in bytes (default: route-core's MAX_BODY_BYTES); larger is a 413. */
  maxBodyBytes?: number;
  /**
   * The handler honours an `Idempotency-Key` header (lib/dispatch/idempotency.ts); the document declares
   * it as a header parameter with the constraints that file enforces.
   */
  idempotencyKey?: boolean;
  /** HTTP statuses documented with the shared error schema. */
  errors: number[];
}

/** An operation that keeps its id and schemas' types, so withApi can type params, query, body and result. */
export interface TypedOperation<
  Id extends string,
  P extends z.ZodObject | undefined,
  Q extends z.ZodObject | undefined,
  B extends z.ZodType | undefined,
  R extends z.ZodType,
> extends ApiOperation {
  id: Id;
  pathParams?: P;
  query?: Q;
  body?: B;
  response: R;
}

/** Declares an operation (types kept); register it in the feature's array. */
export function defineOperation<
  const Id extends string,
  R extends z.ZodType,
  P extends z.ZodObject | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(operation: TypedOperation<Id, P, Q, B, R>): TypedOperation<Id, P, Q, B, R> {
  return operation;
}

/** What a declared schema parses to; undefined when the operation declares none. */
export type Parsed<S> = [NonNullable<S>] extends [never]
  ? undefined
  : NonNullable<S> extends z.ZodType
    ? z.output<NonNullable<S>>
    : undefined;
