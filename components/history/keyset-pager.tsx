import type { Route } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronLeft, ChevronRight, ChevronsLeft } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";

/**
 * Newer / older links of a keyset-paged list (history, received e-mails, mailbox). No page numbers:
 * nothing is counted, and a page is found by its position, so rows written meanwhile never shift it.
 * The audit log uses it too, with its own labels.
 */
export async function KeysetPager({
  hrefFor,
  newer,
  older,
  messages = "history.pagination",
}: {
  /** The list's URL with its filters and this cursor (null: the newest page). */
  hrefFor: (cursor: string | null) => string;
  newer: string | null;
  older: string | null;
  /** Where its label, newest, newer and older texts are. */
  messages?: "history.pagination" | "audit.pagination";
}) {
  if (!newer && !older) return null;
  const t = await getTranslations(messages);
  const link = buttonVariants({ variant: "ghost", size: "sm" });
  const disabled = (label: string, icon: ReactNode, iconAfter = false) => (
    <span aria-disabled="true" className={link}>
      {iconAfter ? null : icon}
      <span>{label}</span>
      {iconAfter ? icon : null}
    </span>
  );
  return (
    <nav aria-label={t("label")} className="flex w-full flex-wrap justify-center gap-1">
      {newer ? (
        <>
          <Link href={hrefFor(null) as Route} className={link}>
            <ChevronsLeft aria-hidden="true" />
            <span>{t("newest")}</span>
          </Link>
          <Link href={hrefFor(newer) as Route} rel="prev" className={link} data-testid="page-newer">
            <ChevronLeft aria-hidden="true" />
            <span>{t("newer")}</span>
          </Link>
        </>
      ) : (
        disabled(t("newer"), <ChevronLeft aria-hidden="true" />)
      )}
      {older ? (
        <Link href={hrefFor(older) as Route} rel="next" className={link} data-testid="page-older">
          <span>{t("older")}</span>
          <ChevronRight aria-hidden="true" />
        </Link>
      ) : (
        disabled(t("older"), <ChevronRight aria-hidden="true" />, true)
      )}
    </nav>
  );
}
