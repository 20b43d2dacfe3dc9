// The main pages of each shell, as an admin sees them: the accessibility sweep and the CSP check both
// visit this one list.
export const mainPages = [
  "/catalog",
  "/catalog/certificates.expiration-alert-30d",
  "/users",
  "/users/new",
  "/groups",
  "/contacts",
  "/api-keys",
  "/api-docs",
  "/audit",
  "/templates",
  "/templates/monitoring.cpu-critical",
  "/me",
  "/me/notifications",
];
