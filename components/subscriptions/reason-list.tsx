import Link from "next/link";
import type { Route } from "next";
import { useTranslations } from "next-intl";
import type { Reason } from "@/lib/subscriptions/types";

interface Props {
  reasons: readonly Reason[];
  /** Category names in the reader's language, by key. */
  categoryNames: Record<string, string>;
  /** Link group names to their pages (staff screens). */
  linkGroups?: boolean;
}

/**
 * Why someone receives a type, one line per path: "Member of Security Operations, subscribed to all
 * of Certificates". No "use client": server and client components both render it.
 */
export function ReasonList({ reasons, categoryNames, linkGroups = false }: Props) {
  const t = useTranslations("subscriptions.reasons");
  return (
    <ul className="grid gap-0.5 text-sm" data-testid="reasons">
      {reasons.map((reason, index) => {
        const key = `${reason.via}-${"groupId" in reason ? reason.groupId : ""}-${"target" in reason ? reason.target : ""}-${index}`;
        if (reason.via === "event") return <li key={key}>{t("event")}</li>;
        const category =
          "categoryKey" in reason ? (categoryNames[reason.categoryKey] ?? reason.categoryKey) : "";
        if (reason.via === "direct") {
          return (
            <li key={key}>
              {reason.target === "type" ? t("directType") : t("directCategory", { category })}
            </li>
          );
        }
        const g = (chunks: React.ReactNode) =>
          linkGroups ? (
            <Link
              href={`/groups/${reason.groupId}/subscriptions` as Route}
              className="font-medium underline-offset-4 hover:underline"
            >
              {chunks}
            </Link>
          ) : (
            <span className="font-medium">{chunks}</span>
          );
        const values = { g, group: reason.groupName, category };
        return (
          <li key={key}>
            {reason.target === "type" ? t.rich("groupType", values) : t.rich("groupCategory", values)}
          </li>
        );
      })}
    </ul>
  );
}
