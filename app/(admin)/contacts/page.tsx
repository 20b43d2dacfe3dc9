import { Building2, Plus, SearchX } from "lucide-react";
import type { Metadata, Route } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ContactFilters } from "@/components/contacts/contact-filters";
import { ContactsTable } from "@/components/contacts/contacts-table";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { ListPagination } from "@/components/shell/list-pagination";
import { ListToolbar } from "@/components/shell/list-toolbar";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { buildPageHref } from "@/components/ui/pagination";
import { requireViewer, STAFF } from "@/lib/auth/viewer";
import { listContacts } from "@/lib/contacts/queries";
import { contactListParamsSchema } from "@/lib/contacts/schemas";
import { db } from "@/lib/db";
import { catalogView } from "@/lib/subscriptions/catalog-view";
import { readerLocale } from "@/lib/subscriptions/page-data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("subscriptions.contacts");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// GET /contacts – external recipients: staff read, administrators create, edit and subscribe them in bulk
export default async function ContactsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer(STAFF);
  const raw = await searchParams;
  const params = contactListParamsSchema.parse({
    q: first(raw.q),
    status: first(raw.status),
    page: first(raw.page),
  });
  const { contacts, total, pageCount } = await listContacts(db, params);
  if (params.page > pageCount) redirect(buildPageHref("/contacts", raw, pageCount) as Route);
  const t = await getTranslations("subscriptions.contacts");
  const isAdmin = viewer.role === "ADMIN";
  const filtered = Boolean(params.q) || params.status !== "all";

  return (
    <div className="grid gap-6">
      <div>
        <Breadcrumbs items={[{ label: t("title") }]} />
        <PageHeader
          title={t("title")}
          description={t("description")}
          actions={
            isAdmin ? (
              <Button asChild>
                <Link href="/contacts/new">
                  <Plus aria-hidden />
                  {t("new")}
                </Link>
              </Button>
            ) : null
          }
        />
      </div>
      <div className="grid gap-3">
        <ListToolbar total={total} className="sm:items-end">
          <ContactFilters params={params} />
        </ListToolbar>
        {contacts.length > 0 ? (
          <ContactsTable rows={contacts} catalog={catalogView(await readerLocale())} canEdit={isAdmin} />
        ) : filtered ? (
          <EmptyState icon={SearchX} title={t("noMatches.title")} description={t("noMatches.description")} />
        ) : (
          <EmptyState
            icon={Building2}
            title={t("empty.title")}
            description={t("empty.description")}
            action={
              isAdmin ? (
                <Button asChild>
                  <Link href="/contacts/new">{t("new")}</Link>
                </Button>
              ) : null
            }
          />
        )}
        <ListPagination
          path="/contacts"
          searchParams={raw}
          page={params.page}
          pageCount={pageCount}
          label={t("pagination")}
        />
      </div>
    </div>
  );
}
