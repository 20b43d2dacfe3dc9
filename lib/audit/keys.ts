// TanStack Query keys for the audit log's entry dialog, and the JSON route behind it.

export const auditKeys = {
  all: ["audit"] as const,
  entry: (id: string) => [...auditKeys.all, "entry", id] as const,
};

export const auditUrls = {
  entry: (id: string) => `/api/internal/audit/${encodeURIComponent(id)}`,
};
