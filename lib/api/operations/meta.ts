// The API's self-description: the OpenAPI document is itself an operation, public (it grants nothing).
import { z } from "zod";
import { defineOperation } from "./types";

export const metaOperations = [
  defineOperation({
    id: "getOpenApiDocument",
    method: "get",
    path: "/openapi.json",
    tag: "Meta",
    summary: "This API's OpenAPI 3.1 document",
    description: "The document this reference is built from, for client generators and tools.",
    scope: null,
    response: z.record(z.string(), z.unknown()).meta({ description: "An OpenAPI 3.1 document." }),
    errors: [],
  }),
] as const;
