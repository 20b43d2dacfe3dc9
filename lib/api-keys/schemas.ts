// Input schemas of the API-key actions. Validation messages are keys of common.errors.*.
import { z } from "zod";
import { apiScopes, type ApiScope } from "./scopes";

const scopeList = z
  .preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(apiScopes)),
  )
  .refine((scopes) => scopes.length > 0, { message: "scopesRequired" })
  // Stored in the catalogue's order, each once, so two keys with the same rights read the same.
  .transform((scopes): ApiScope[] => apiScopes.filter((scope) => scopes.includes(scope)));

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, "required").max(100, "tooLong"),
  scopes: scopeList,
});
export type CreateApiKeyInput = z.output<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ id: z.uuid("notFound") });
export type RevokeApiKeyInput = z.output<typeof revokeApiKeySchema>;
