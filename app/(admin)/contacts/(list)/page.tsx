import { Building2, Plus } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContactFilters } from "@/components/contacts/contact-filters";
import { ContactsTable } from "@/components/contacts/contacts-table";
import { ListPage } from "@/components/shell/list-page";
import { ListPagination } from "@/components/shell/list-pagination";
import { LinkButton } from "@/components/ui/link-button";
import { requirePage } from "@/lib/auth/viewer";
import { listContacts } from "@/lib/contacts/queries";
import { contactListParamsSchema } from "@/lib/contacts/schemas";
import { catalogView } from "@/lib/subscriptions/catalog-view";
import { readerLocale } from "@/lib/subscriptions/page-data";
import { parseSearchParams, type SearchParamsInput } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("subscriptions.contacts");
  return { title: t("title") };
}

// GET /contacts?q=&status=&page= – external recipients: staff read, administrators create, edit and
// subscribe them in bulk
export default async function ContactsPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const viewer = await requirePage("/contacts");
  const search = parseSearchParams(contactListParamsSchema, await searchParams);
  const { params } = search;
  const { contacts, total, pageCount } = await listContacts(viewer, params);
  const t = await getTranslations("subscriptions.contacts");
  const isAdmin = viewer.role === "ADMIN";
  const newContact = (
    <LinkButton href="/contacts/new" icon={Plus}>
      {t("new")}
    </LinkButton>
  );

  return (
    <ListPage
      title={t("title")}
      description={t("description")}
      actions={isAdmin ? newContact : null}
      filters={<ContactFilters />}
      total={total}
      invalid={search.invalid}
      isEmpty={contacts.length === 0}
      filtered={Boolean(params.q) || params.status !== "all"}
      empty={{
        icon: Building2,
        title: t("empty.title"),
        description: t("empty.description"),
        action: isAdmin ? newContact : null,
      }}
      noMatches={{ title: t("noMatches.title"), description: t("noMatches.description") }}
      pagination={
        <ListPagination
          path="/contacts"
          searchParams={search.raw}
          page={params.page}
          pageCount={pageCount}
          label={t("pagination")}
        />
      }
    >
      <ContactsTable rows={contacts} catalog={catalogView(await readerLocale())} canEdit={isAdmin} />
    </ListPage>
  );
}
