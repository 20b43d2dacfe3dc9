// The contact choices client components list (the filters), kept apart from the zod schemas
// (schemas.ts re-exports them) so that importing a list does not ship zod to the browser.
export const contactStatuses = ["active", "disabled"] as const;
