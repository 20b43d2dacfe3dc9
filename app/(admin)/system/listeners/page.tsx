import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListenersFilters } from "@/components/system/listeners-filters";
import { ListenersLive } from "@/components/system/listeners-live";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/viewer";
import { toListenersDto } from "@/lib/system/listeners/dto";
import { getListeners } from "@/lib/system/listeners/queries";
import { listenerSearchSchema } from "@/lib/system/listeners/schemas";
import { parseSearchParams, type SearchParamsInput } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("system");
  return { title: t("listeners.title") };
}

// ADMIN and AUDITOR: the host's live TCP sockets; the island keeps polling with the same filters.
export default async function ListenersPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const viewer = await requirePage("/system/listeners");
  const { ok, params } = parseSearchParams(listenerSearchSchema, await searchParams);
  const [snapshot, t] = await Promise.all([getListeners(viewer, params), getTranslations("system")]);
  return (
    <div className="grid gap-6">
      <PageHeader title={t("listeners.title")} description={t("listeners.description")} />
      <ListenersFilters filters={params} />
      {ok ? null : (
        <Alert variant="warning">
          <AlertDescription>{t("listeners.invalidSearch")}</AlertDescription>
        </Alert>
      )}
      <ListenersLive filters={params} initialData={toListenersDto(snapshot)} />
    </div>
  );
}
