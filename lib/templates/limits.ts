// Override text limits the editor enforces in the browser too (maxLength), kept apart from the zod
// schemas (schemas.ts re-exports them) so that importing a limit does not ship zod to the browser.
export const OVERRIDE_SUBJECT_MAX = 250;
export const OVERRIDE_INTRO_MAX = 2000;
