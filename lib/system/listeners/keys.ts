// TanStack Query keys for the listeners page's auto-refresh, and the JSON route behind it.
import type { ListenerFilters } from "./schemas";

export const listenerKeys = {
  all: ["system", "listeners"] as const,
  list: (filters: ListenerFilters) => [...listenerKeys.all, filters.state ?? "", filters.port ?? ""] as const,
};

export const listenerUrls = {
  list: ({ state, port }: ListenerFilters) => {
    const params = new URLSearchParams();
    if (state) params.set("state", state);
    if (port !== undefined) params.set("port", String(port));
    const search = params.toString();
    return `/api/internal/system/listeners${search ? `?${search}` : ""}`;
  },
};
