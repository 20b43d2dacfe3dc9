import { BellRing } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CommandPalette } from "@/components/palette/command-palette";
import { LiveAnnouncer } from "@/components/ui/live-announcer";
import type { Viewer } from "@/lib/auth/viewer";
import { MobileNav } from "./mobile-nav";
import { SidebarNav } from "./sidebar-nav";
import { UserMenu } from "./user-menu";

export async function AppShell({ viewer, children }: { viewer: Viewer; children: React.ReactNode }) {
  const t = await getTranslations("common");
  // One element for both places: the sidebar on wide screens and the menu dialog on narrow ones.
  const nav = <SidebarNav role={viewer.role} />;
  return (
    <div className="min-h-dvh lg:grid lg:grid-cols-[15rem_1fr]">
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-background focus:p-2"
      >
        {t("skipToContent")}
      </a>
      <aside className="hidden border-r bg-muted/30 lg:block">
        {/* Every entry fits a 900 px high window (a 1440 × 900 laptop); a shorter one scrolls the menu, and
            the current page's entry scrolls into view (nav-link.tsx). */}
        <div className="sticky top-0 grid max-h-dvh gap-4 overflow-y-auto p-4">
          <Link href="/" className="flex items-center gap-2 px-3 font-semibold">
            <BellRing aria-hidden className="size-5 text-primary" />
            {t("appName")}
          </Link>
          {nav}
        </div>
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b bg-background/95 px-4 backdrop-blur">
          <MobileNav nav={nav} />
          <Link href="/" className="flex items-center gap-2 font-semibold lg:hidden">
            <BellRing aria-hidden className="size-5 text-primary" />
            {t("appName")}
          </Link>
          <div className="ml-auto flex items-center gap-2">
            <CommandPalette />
            <UserMenu name={viewer.name} email={viewer.email} roleLabel={t(`roles.${viewer.role}`)} />
          </div>
        </header>
        {/* tabIndex -1: the skip link (and a dialog whose trigger left the page) moves the focus here, so the
            next Tab starts in the content; it is never a Tab stop itself. */}
        <main
          id="content"
          tabIndex={-1}
          className="mx-auto w-full max-w-7xl flex-1 p-4 outline-none sm:p-6 lg:p-8"
        >
          <LiveAnnouncer>{children}</LiveAnnouncer>
        </main>
      </div>
    </div>
  );
}
