import { withApi } from "@/lib/api/with-api";
import { operation } from "@/lib/api/operations";
import { getCatalogType } from "@/lib/api/operations/catalog";
import { AppError } from "@/lib/errors";

// GET /api/v1/catalog/{key} – one notification type
export const GET = withApi(operation("getCatalogType"), async ({ params, query }) => {
  const type = getCatalogType(params.key, query.locale);
  if (!type) throw new AppError("NOT_FOUND", `No notification type has the key '${params.key}'`);
  return { data: type };
});
