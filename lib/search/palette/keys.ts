// TanStack Query keys of the command palette, and the JSON route behind them.
export const paletteKeys = {
  all: ["palette"] as const,
  search: (query: string) => [...paletteKeys.all, "search", query] as const,
};

export const paletteUrls = {
  search: (query: string) => `/api/internal/palette?q=${encodeURIComponent(query)}`,
};
