import { AppShell } from "@/components/shell/app-shell";
import { STAFF } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/auth/viewer";

// Administration pages: administrators and auditors. Each page and action checks again for itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer(STAFF);
  return <AppShell viewer={viewer}>{children}</AppShell>;
}
