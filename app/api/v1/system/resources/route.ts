import { operation } from "@/lib/api/operations";
import { withApi } from "@/lib/api/with-api";
import { getResources } from "@/lib/system/resources/queries";

// GET /api/v1/system/resources?hours= – the last sample, bucketed CPU/memory/free-disk averages and the threshold rules
export const GET = withApi(operation("getSystemResources"), async ({ query, key }) => ({
  data: await getResources(key!, query),
}));
