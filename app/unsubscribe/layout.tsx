import { BellRing } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

// The token is a credential: keep these pages out of indexes and referrers. (The page sets the
// title, in the recipient's language.)
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

// Public pages reached from an e-mail's unsubscribe link: no sign-in, no app shell.
export default async function UnsubscribeLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("common");
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-8 bg-muted/40 px-4 py-12">
      <div className="flex items-center gap-2 text-lg font-semibold">
        <BellRing aria-hidden className="size-6 text-primary" />
        <span>{t("appName")}</span>
      </div>
      {children}
    </main>
  );
}
