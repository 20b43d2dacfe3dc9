import { MailX } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListPage } from "@/components/shell/list-page";
import { ListPagination } from "@/components/shell/list-pagination";
import { AddSuppressionDialog } from "@/components/suppressions/add-suppression-dialog";
import { SuppressionFilters } from "@/components/suppressions/suppression-filters";
import { SuppressionsTable } from "@/components/suppressions/suppressions-table";
import { requirePage } from "@/lib/auth/viewer";
import { listSuppressions } from "@/lib/suppressions/queries";
import { suppressionListParamsSchema } from "@/lib/suppressions/schemas";
import { parseSearchParams, type SearchParamsInput } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("suppressions");
  return { title: t("title") };
}

// GET /suppressions?q=&reason=&page= – addresses Herald no longer e-mails (hard bounces, complaints,
// manual blocks): staff read, administrators add and lift.
export default async function SuppressionsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParamsInput>;
}) {
  const viewer = await requirePage("/suppressions");
  const search = parseSearchParams(suppressionListParamsSchema, await searchParams);
  const { params } = search;
  const [{ suppressions, total, pageCount }, t] = await Promise.all([
    listSuppressions(viewer, params),
    getTranslations("suppressions"),
  ]);
  const isAdmin = viewer.role === "ADMIN";

  return (
    <ListPage
      title={t("title")}
      description={t("description")}
      actions={isAdmin ? <AddSuppressionDialog /> : null}
      filters={<SuppressionFilters params={params} />}
      total={total}
      toolbarClassName="sm:items-end"
      invalid={search.invalid}
      isEmpty={suppressions.length === 0}
      filtered={Boolean(params.q) || params.reason !== "all"}
      empty={{
        icon: MailX,
        title: t("empty.title"),
        description: t("empty.description"),
        action: isAdmin ? <AddSuppressionDialog /> : null,
      }}
      noMatches={{ title: t("noMatches.title"), description: t("noMatches.description") }}
      pagination={
        <ListPagination
          path="/suppressions"
          searchParams={search.raw}
          page={params.page}
          pageCount={pageCount}
          label={t("pagination")}
        />
      }
    >
      <SuppressionsTable rows={suppressions} canLift={isAdmin} />
    </ListPage>
  );
}
