import { Lock, Mail } from "lucide-react";
import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { RecipientsSkeleton } from "@/components/catalog/recipients-skeleton";
import { TypeCategoryNav } from "@/components/catalog/type-category-nav";
import { TypeFacts } from "@/components/catalog/type-facts";
import { TypeNames } from "@/components/catalog/type-names";
import { TypeRecipientsSection } from "@/components/catalog/type-recipients-section";
import { TypeRecipients } from "@/components/subscriptions/type-recipients";
import { ConfiguredThresholdNote } from "@/components/system/configured-threshold-note";
import { DispatchLink } from "@/components/dispatch/dispatch-link";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { SeverityBadge } from "@/components/ui/severity-badge";
import { STAFF } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/auth/viewer";
import { findCategory, findType } from "@/lib/catalog/definitions";
import { catalogHref } from "@/lib/catalog/filters";
import { localizeCategory, localizeType } from "@/lib/catalog/localize";
import { defaultLocale, isAppLocale, type AppLocale } from "@/lib/i18n/locales";

type Params = Promise<{ key: string }>;

async function currentLocale(): Promise<AppLocale> {
  const locale = await getLocale();
  return isAppLocale(locale) ? locale : defaultLocale;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const definition = findType((await params).key);
  return definition ? { title: localizeType(definition, await currentLocale()).name } : {};
}

// GET /catalog/[key] – one notification type: its facts, names in each language and recipients.
export default async function NotificationTypePage({ params }: { params: Params }) {
  const viewer = await requireViewer(STAFF);
  const definition = findType((await params).key);
  const categoryDefinition = definition && findCategory(definition.categoryKey);
  if (!definition || !categoryDefinition) notFound();

  const locale = await currentLocale();
  const type = localizeType(definition, locale);
  const category = localizeCategory(categoryDefinition, locale);
  const t = await getTranslations();

  return (
    <div className="grid grid-cols-1 gap-6">
      <div>
        <Breadcrumbs
          items={[
            { label: t("catalog.metaTitle"), href: "/catalog" },
            { label: category.name, href: catalogHref({ category: category.key }) },
            { label: type.name },
          ]}
        />
        <PageHeader
          title={type.name}
          description={type.description}
          actions={
            <>
              <Button asChild variant="outline">
                <Link href={`/templates/${type.key}` as Route} data-testid="preview-email">
                  <Mail aria-hidden />
                  {t("catalog.type.previewEmail")}
                </Link>
              </Button>
              <DispatchLink role={viewer.role} typeKey={type.key} />
            </>
          }
        />
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <SeverityBadge severity={type.severity} label={t(`common.severity.${type.severity}`)} />
          <Badge variant="outline">{t(`common.kind.${type.kind}`)}</Badge>
          {type.mandatory ? (
            <Badge variant="secondary">
              <Lock aria-hidden />
              {t("catalog.mandatory.label")}
            </Badge>
          ) : null}
        </div>
        <ConfiguredThresholdNote typeKey={type.key} viewer={viewer} />
      </div>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3 lg:items-start">
        <div className="lg:col-span-2">
          <TypeFacts type={type} category={category} />
        </div>
        <TypeCategoryNav type={type} category={category} />
      </div>

      <TypeNames type={definition} />

      <TypeRecipientsSection>
        <Suspense fallback={<RecipientsSkeleton />}>
          <TypeRecipients typeKey={type.key} viewer={viewer} />
        </Suspense>
      </TypeRecipientsSection>
    </div>
  );
}
