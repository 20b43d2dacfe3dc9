import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import { parse } from "@/lib/api/route-core";
import { withSession } from "@/lib/api/with-session";
import { STAFF } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { exportColumns, exportDeliveries, recordHistoryExport } from "@/lib/history/export";
import { strictFilterInput, strictHistoryFiltersSchema } from "@/lib/history/filters";
import { log } from "@/lib/log";

// GET /api/internal/history/export?type=&category=&status=&status=…&due=now&recipient=&from=&to=&event=
// – the filtered send history as CSV (ADMIN, AUDITOR), streamed: rows are read in keyset chunks and
// written as they come, so memory stays flat whatever the size of the export. Unlike the page, a filter
// it cannot read is a 400: a bulk extraction of recipient data never widens silently. Audited.
export const GET = withSession({ roles: STAFF }, async ({ request, viewer, actor }) => {
  // Parsed here, not by withSession's `query`: that reading keeps one value per key, and `status` repeats.
  const filters = parse(
    strictHistoryFiltersSchema,
    strictFilterInput(request.nextUrl.searchParams),
    "Invalid query parameters",
  );
  const records = exportDeliveries(viewer, filters);
  // Runs the role check and the first query before the 200 goes out: a failure is still a JSON error.
  const first = await records.next();
  await recordHistoryExport(db, actor, filters);
  const csv = stringify({ header: true, columns: [...exportColumns] });
  async function* all() {
    if (!first.done) yield first.value;
    yield* records;
  }
  pipeline(Readable.from(all()), csv).catch((error: unknown) => {
    log.error({ err: error, area: "history-export" }, "CSV export stopped");
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(Readable.toWeb(csv) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="herald-history-${day}.csv"`,
    },
  });
});
