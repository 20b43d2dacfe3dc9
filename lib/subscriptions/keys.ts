// TanStack Query keys of the subscriptions feature (client and server agree on them).
import type { Subject } from "./types";

export const subscriptionKeys = {
  all: ["subscriptions"] as const,
  subject: (subject: Subject) => [...subscriptionKeys.all, "subject", subject.kind, subject.id] as const,
  search: (query: string) => [...subscriptionKeys.all, "search", query] as const,
  me: () => [...subscriptionKeys.all, "me"] as const,
};

/** The JSON routes behind those keys. */
export const subscriptionUrls = {
  subject: (subject: Subject) => `/api/internal/subscriptions/${subject.kind}/${subject.id}`,
  preferences: (subject: Subject) => `/api/internal/subscriptions/${subject.kind}/${subject.id}/preferences`,
  copy: (subject: Subject) => `/api/internal/subscriptions/${subject.kind}/${subject.id}/copy`,
  search: (query: string) => `/api/internal/subscriptions/search?q=${encodeURIComponent(query)}`,
  bulk: "/api/internal/subscriptions/bulk",
  me: "/api/internal/subscriptions/me",
};
