import { AppShell } from "@/components/shell/app-shell";
import { requireViewer } from "@/lib/auth/viewer";

export default async function MeLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  return <AppShell viewer={viewer}>{children}</AppShell>;
}
