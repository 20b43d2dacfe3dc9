import { ClientMessages } from "@/components/i18n/client-messages";
import { requirePage } from "@/lib/auth/viewer";

// The role check runs here, above the page's loading boundary: inside the page it would run after
// loading.tsx had already streamed a 200, so a refused auditor got the 403 page with a 200 status.
export default async function DispatchLayout({ children }: { children: React.ReactNode }) {
  await requirePage("/dispatch");
  // The namespaces the payload form and its previews read beyond the shell's.
  return <ClientMessages namespaces={["dispatch", "subscriptions", "templates"]}>{children}</ClientMessages>;
}
