import { withApi } from "@/lib/api/with-api";
import { operation } from "@/lib/api/operations";
import { listCatalog } from "@/lib/api/operations/catalog";

// GET /api/v1/catalog – every notification type, filtered by category, severity, kind and mandatory, and searched
export const GET = withApi(operation("listCatalog"), async ({ query }) => listCatalog(query));
