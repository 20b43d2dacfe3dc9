// The listeners snapshot as JSON (the API and the page's polling route answer the same shape). Pure.
import type { z } from "zod";
import type { listenersResponseSchema } from "@/lib/api/operations/system";
import { describeTcpState } from "@/lib/system/values";
import type { ListenersSnapshot } from "./read";

export type ListenersDto = z.output<typeof listenersResponseSchema>["data"];

export function toListenersDto(snapshot: ListenersSnapshot & { total: number }): ListenersDto {
  return {
    available: snapshot.available,
    readAt: snapshot.readAt.toISOString(),
    total: snapshot.total,
    counts: snapshot.counts,
    buildUps: snapshot.buildUps,
    ownersComplete: snapshot.ownersComplete,
    sockets: snapshot.sockets.map((socket) => ({
      ...socket,
      description: describeTcpState(socket.state, "en"),
    })),
  };
}
