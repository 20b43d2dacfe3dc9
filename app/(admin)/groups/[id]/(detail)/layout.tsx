import { ClientMessages } from "@/components/i18n/client-messages";

// The namespaces this segment's client components read beyond the shell's (lib/i18n/client-messages.test.ts).
export default function GroupsDetailLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["groups"]}>{children}</ClientMessages>;
}
