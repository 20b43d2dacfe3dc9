import type { Metadata, Route } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DispatchWorkbench } from "@/components/dispatch/dispatch-workbench";
import { TypePicker } from "@/components/dispatch/type-picker";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/viewer";
import { findType } from "@/lib/catalog/definitions";
import { localizeType } from "@/lib/catalog/localize";
import { categoryOptions } from "@/lib/history/labels";
import { categoryNames } from "@/lib/subscriptions/catalog-view";
import { readerLocale } from "@/lib/subscriptions/page-data";
import { fieldTree } from "@/lib/templates/fields";
import { isTypeKey, payloadSchema, samplePayloads } from "@/lib/templates/payloads";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dispatch");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

// GET /dispatch?type= – send an event by hand (ADMIN): pick a type, fill its payload, see who gets it
// and the e-mail, send. The send is dispatchEventAction (lib/dispatch/actions.ts), which checks again.
export default async function DispatchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePage("/dispatch");
  const raw = (await searchParams).type;
  const requested = Array.isArray(raw) ? raw[0] : raw;
  const typeKey = isTypeKey(requested) ? requested : undefined;
  const [t, locale] = await Promise.all([getTranslations("dispatch"), readerLocale()]);
  const definition = typeKey ? findType(typeKey) : undefined;
  const type = definition ? localizeType(definition, locale) : undefined;

  return (
    <div className="grid gap-6">
      <div>
        <Breadcrumbs items={[{ label: t("title") }]} />
        <PageHeader
          title={type ? t("titleFor", { name: type.name }) : t("title")}
          description={type ? type.description : t("description")}
        />
        {type ? (
          <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
            <code className="font-mono text-xs">{type.key}</code>
            {type.mandatory ? <Badge variant="secondary">{t("mandatory")}</Badge> : null}
            <Link href={`/catalog/${type.key}` as Route} className="underline-offset-4 hover:underline">
              {t("typePage")}
            </Link>
          </div>
        ) : null}
      </div>
      <TypePicker
        selected={typeKey}
        categories={categoryOptions(locale).map((category) => ({
          key: category.key,
          name: category.name,
          types: category.types.map(({ key, name }) => ({ key, name })),
        }))}
      />
      {typeKey ? (
        <DispatchWorkbench
          key={typeKey}
          typeKey={typeKey}
          typeName={type?.name ?? typeKey}
          sample={samplePayloads[typeKey]}
          tree={fieldTree(payloadSchema(typeKey))}
          categoryNames={categoryNames(locale)}
        />
      ) : null}
    </div>
  );
}
