// Every operation of the HTTP API, in the order the reference shows them. A feature registers its
// operations by exporting an ApiOperation[] from lib/api/operations/<feature>.ts and adding it here.
import { catalogOperations } from "./catalog";
import { subscriptionOperations } from "./subscriptions";
import type { ApiOperation } from "./types";

export const apiOperations: ApiOperation[] = [...catalogOperations, ...subscriptionOperations];

export type { ApiOperation } from "./types";
