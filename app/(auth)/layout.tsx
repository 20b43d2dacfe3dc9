import { getTranslations } from "next-intl/server";
import { BellRing } from "lucide-react";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("common");
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-8 bg-muted/40 px-4 py-12">
      <div className="flex items-center gap-2 text-lg font-semibold">
        <BellRing aria-hidden className="size-6 text-primary" />
        <span>{t("appName")}</span>
        <span className="sr-only">— {t("tagline")}</span>
      </div>
      {children}
    </main>
  );
}
