import { Text } from "@react-email/components";
import type { CollectOptions } from "@/lib/templates/facts";
import type { NotificationView } from "@/lib/templates/view";
import { DataTable } from "./data-table";
import { FactsTable } from "./facts-table";
import { text } from "./theme";

/** The payload's facts (minus what the template shows elsewhere) and its lists as tables. */
export function Details({ view, ...options }: { view: NotificationView } & CollectOptions) {
  const { facts, tables } = view.details(options);
  return (
    <>
      {facts.length > 0 ? <Text style={text.sectionTitle}>{view.copy.layout.details}</Text> : null}
      <FactsTable facts={facts} />
      {tables.map((table) => (
        <DataTable key={table.path} table={table} moreLabel={view.copy.layout.moreRows} />
      ))}
    </>
  );
}
