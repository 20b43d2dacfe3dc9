import { operation } from "@/lib/api/operations";
import { withApi } from "@/lib/api/with-api";
import { toListenersDto } from "@/lib/system/listeners/dto";
import { getListeners } from "@/lib/system/listeners/queries";

// GET /api/v1/system/listeners – the host's TCP sockets (state, owner, counts, build-ups), filtered by state and port
export const GET = withApi(operation("listSystemListeners"), async ({ query, key }) => ({
  data: toListenersDto(await getListeners(key!, query)),
}));
