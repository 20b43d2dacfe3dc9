// TanStack Query keys for the resources page's auto-refresh, and the JSON route behind it.

export const resourceKeys = {
  all: ["system", "resources"] as const,
  overview: (hours: number) => [...resourceKeys.all, hours] as const,
};

export const resourceUrls = {
  overview: (hours: number) => `/api/internal/system/resources?hours=${hours}`,
};
