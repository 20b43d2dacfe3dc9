// Suppression limits the add form enforces in the browser too (maxLength), kept apart from the zod
// schemas (schemas.ts re-exports them) so that importing a limit does not ship zod to the browser.
/** Why an administrator blocked an address: a sentence or two ("left the bank on 30 November"). */
export const SUPPRESSION_NOTE_MAX = 500;
