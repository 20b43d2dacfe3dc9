// Every operation of the HTTP API, in the order the reference shows them. A feature registers its
// operations by exporting `[defineOperation({...}), …] as const` from lib/api/operations/<feature>.ts
// and spreading it here; its routes then take them with `withApi(operation("<id>"), handler)`.
import { catalogOperations } from "./catalog";
import { eventOperations } from "./events";
import { metaOperations } from "./meta";
import { subscriptionOperations } from "./subscriptions";
import { systemOperations } from "./system";
import type { ApiOperation } from "./types";

export const apiOperations = [
  ...catalogOperations,
  ...subscriptionOperations,
  ...eventOperations,
  ...systemOperations,
  ...metaOperations,
] as const;

type Registered = (typeof apiOperations)[number];
export type OperationId = Registered["id"];

const byId = new Map<string, ApiOperation>(apiOperations.map((entry) => [entry.id, entry]));

/** The registered operation `id`, with its schemas' types (for withApi). */
export function operation<Id extends OperationId>(id: Id): Extract<Registered, { id: Id }> {
  const found = byId.get(id);
  if (!found) throw new Error(`No API operation "${id}" is registered`);
  return found as Extract<Registered, { id: Id }>;
}

export type { ApiOperation } from "./types";
export { defineOperation } from "./types";
