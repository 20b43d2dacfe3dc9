import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import { withSession } from "@/lib/api/with-session";
import { STAFF } from "@/lib/auth/viewer";
import { exportColumns, exportDeliveries } from "@/lib/history/export";
import { parseHistorySearchParams } from "@/lib/history/filters";
import { log } from "@/lib/log";

// GET /api/internal/history/export?type=&category=&status=&recipient=&from=&to=&event= – the filtered
// send history as CSV (ADMIN, AUDITOR), streamed: rows are read in keyset chunks and written as they
// come, so memory stays flat whatever the size of the export.
export const GET = withSession({ roles: STAFF }, async ({ request, viewer }) => {
  const { filters } = parseHistorySearchParams(Object.fromEntries(request.nextUrl.searchParams));
  const records = exportDeliveries(viewer, filters);
  // Runs the role check and the first query before the 200 goes out: a failure is still a JSON error.
  const first = await records.next();
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
