import type { Route } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/utils";

const tabs = [
  { href: "/me/notifications", key: "settingsTab" },
  { href: "/me/notifications/received", key: "tab" },
] as const;

/** My notifications' two views: what I receive (settings) and what I received (the e-mails). */
export async function ReceivedTabs({ current }: { current: "settings" | "received" }) {
  const t = await getTranslations("history.received");
  return (
    <nav aria-label={t("title")} className="flex gap-1 border-b">
      {tabs.map((tab) => {
        const active = (tab.key === "tab") === (current === "received");
        return (
          <Link
            key={tab.href}
            href={tab.href as Route}
            aria-current={active ? "page" : undefined}
            className={cn(
              "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
              active
                ? "border-primary text-foreground"
                : "border-transparent text-muted-foreground hover:text-foreground",
            )}
          >
            {t(tab.key)}
          </Link>
        );
      })}
    </nav>
  );
}
