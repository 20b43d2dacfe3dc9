// Group limits the form enforces in the browser too (maxLength), kept apart from the zod schemas
// (schemas.ts re-exports them) so that importing a limit does not ship zod to the browser.
export const GROUP_NAME_MAX = 100;
export const GROUP_DESCRIPTION_MAX = 500;
/** The most members one request may add (the picker adds a handful at a time). */
export const MAX_MEMBERS_PER_ADD = 50;
