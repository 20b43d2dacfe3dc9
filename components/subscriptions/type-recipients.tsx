import { Building2, Mail, UserRound, UsersRound } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { SectionCard } from "@/components/ui/section-card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import type { Viewer } from "@/lib/auth/viewer";
import { findType } from "@/lib/catalog/definitions";
import { categoryNames } from "@/lib/subscriptions/catalog-view";
import { readerLocale } from "@/lib/subscriptions/page-data";
import { getTypeRecipientsPreview } from "@/lib/subscriptions/queries";
import { LeftOutTable } from "./left-out-table";
import { RecipientsTable } from "./recipients-table";

/** At most this many recipients are listed; the count is always exact. */
const LISTED = 200;

const icons = { user: UserRound, group: UsersRound, contact: Building2 } as const;

function subjectHref(kind: "user" | "group" | "contact", id: string) {
  return (kind === "contact" ? `/contacts/${id}` : `/${kind}s/${id}/subscriptions`) as Route;
}

/**
 * A notification type's subscribers (users, groups and contacts, directly or through the category)
 * and who it reaches now, with the reasons: the resolver dispatch uses, run for a preview. For the
 * catalog's type page; staff only.
 */
export async function TypeRecipients({ typeKey, viewer }: { typeKey: string; viewer: Viewer }) {
  const type = findType(typeKey);
  if (!type || viewer.role === "USER") return null;
  const [{ subscribers, recipients, leftOut }, locale] = await Promise.all([
    getTypeRecipientsPreview(viewer, { typeKey }),
    readerLocale(),
  ]);
  const names = categoryNames(locale);
  const t = await getTranslations("subscriptions.recipients");
  const tm = await getTranslations("subscriptions.mode");
  const tk = await getTranslations("subscriptions.kinds");

  return (
    <div
      className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] xl:items-start"
      data-testid="type-recipients-content"
    >
      <SectionCard
        title={t("subscribersHeading")}
        as="h3"
        description={t("subscribersDescription")}
        className="gap-4"
      >
        {subscribers.length === 0 ? (
          <EmptyState icon={UsersRound} title={t("noSubscribers")} className="py-8" />
        ) : (
          <Table data-testid="type-subscribers">
            <TableColumns
              columns={[{ label: t("subscriber") }, { label: t("through") }, { label: t("delivery") }]}
            />
            <TableBody>
              {subscribers.map(({ subject, target, mode }) => {
                const Icon = icons[subject.kind];
                return (
                  <TableRow key={`${subject.kind}-${subject.id}-${target}`}>
                    <TableCell>
                      <div className="flex items-center gap-2">
                        <Icon
                          aria-label={tk(subject.kind)}
                          className="size-4 shrink-0 text-muted-foreground"
                        />
                        <Link
                          href={subjectHref(subject.kind, subject.id)}
                          className="font-medium underline-offset-4 hover:underline"
                        >
                          {subject.name}
                        </Link>
                        {subject.disabled ? <Badge variant="outline">{t("disabled")}</Badge> : null}
                      </div>
                      <p className="pl-6 text-xs text-muted-foreground">
                        {subject.kind === "group"
                          ? t("members", { count: subject.members ?? 0 })
                          : subject.email}
                      </p>
                    </TableCell>
                    <TableCell className="text-sm">
                      {target === "type"
                        ? t("throughType")
                        : t("throughCategory", { category: names[type.categoryKey] ?? type.categoryKey })}
                    </TableCell>
                    <TableCell className="text-sm whitespace-nowrap">{tm(mode)}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </SectionCard>

      <SectionCard
        title={
          <>
            {t("effectiveHeading")}{" "}
            <span className="font-normal text-muted-foreground tabular-nums">
              · {t("effectiveCount", { count: recipients.length })}
            </span>
          </>
        }
        as="h3"
        description={type.mandatory ? t("mandatoryNote") : t("effectiveDescription")}
        contentClassName="grid gap-2"
        className="gap-4"
      >
        {recipients.length === 0 ? (
          <EmptyState icon={Mail} title={t("effectiveCount", { count: 0 })} className="py-8" />
        ) : (
          <RecipientsTable
            recipients={recipients.slice(0, LISTED)}
            categoryNames={names}
            columns={[t("recipient"), t("why"), t("delivery")]}
            rowTestId="effective-recipient"
            linkGroups
            data-testid="type-effective-recipients"
          />
        )}
        {recipients.length > LISTED ? (
          <p className="text-sm text-muted-foreground">
            {t("showing", { shown: LISTED, total: recipients.length })}
          </p>
        ) : null}
        {leftOut.length > 0 ? (
          <section aria-labelledby="type-left-out-heading" className="mt-4 grid gap-2">
            <h4 id="type-left-out-heading" className="font-medium">
              {t("leftOutHeading")}{" "}
              <span className="font-normal text-muted-foreground tabular-nums">
                · {t("leftOutCount", { count: leftOut.length })}
              </span>
            </h4>
            <p className="text-sm text-muted-foreground">{t("leftOutDescription")}</p>
            <LeftOutTable people={leftOut.slice(0, LISTED)} />
            {leftOut.length > LISTED ? (
              <p className="text-sm text-muted-foreground">
                {t("showing", { shown: LISTED, total: leftOut.length })}
              </p>
            ) : null}
          </section>
        ) : null}
      </SectionCard>
    </div>
  );
}
