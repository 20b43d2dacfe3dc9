import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { ConfiguredThresholdNote } from "@/components/system/configured-threshold-note";
import { SavedTexts } from "@/components/templates/saved-texts";
import { TemplateHeader } from "@/components/templates/template-header";
import { TemplateWorkbench } from "@/components/templates/template-workbench";
import { STAFF } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/auth/viewer";
import { defaultLocale, isAppLocale } from "@/lib/i18n/locales";
import { getTemplateDetail } from "@/lib/templates/queries";

type Params = Promise<{ key: string }>;

async function load(params: Params) {
  const viewer = await requireViewer(STAFF);
  const requested = await getLocale();
  const locale = isAppLocale(requested) ? requested : defaultLocale;
  const detail = await getTemplateDetail(viewer, { key: decodeURIComponent((await params).key), locale });
  if (!detail) notFound();
  return { viewer, locale, detail };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { detail } = await load(params);
  return { title: detail.name };
}

// GET /templates/:key – preview of one type's e-mail (ADMIN, AUDITOR); texts and test sends for ADMIN.
export default async function TemplatePage({ params }: { params: Params }) {
  const { viewer, locale, detail } = await load(params);
  const t = await getTranslations("templates.detail");
  return (
    <div className="grid gap-4">
      <Breadcrumbs
        items={[
          { label: t("breadcrumb"), href: "/templates" },
          { label: detail.categoryName },
          { label: detail.name },
        ]}
      />
      <TemplateHeader detail={detail} />
      <ConfiguredThresholdNote typeKey={detail.key} viewer={viewer} />
      <TemplateWorkbench
        detail={detail}
        initialLocale={locale}
        canEdit={viewer.role === "ADMIN"}
        savedTexts={{
          en: <SavedTexts detail={detail} locale="en" />,
          "pt-BR": <SavedTexts detail={detail} locale="pt-BR" />,
        }}
      />
    </div>
  );
}
