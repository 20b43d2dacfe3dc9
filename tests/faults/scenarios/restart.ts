// PostgreSQL stopped and started again while events are being posted and sent. The web server and the
// worker must reconnect by themselves (no manual step), /readyz must say unready while the database is
// gone and ready once it is back, pages and the API must answer again, and a client that retries with
// the same Idempotency-Key must not create an event twice.
import { generateApiKey } from "@/lib/api-keys/secret";
import { createUser } from "../../../prisma/seed/factories";
import { startWebServer, type Started } from "../../../bench/lib/herald-server";
import { startFakeResend } from "../../fakes/fake-resend";
import {
  eventBody,
  processOptions,
  RetryingClient,
  sleep,
  startCluster,
  startWorker,
  sendThroughFake,
  waitForStatus,
  verifyExactlyOnce,
  waitUntilSettled,
} from "../harness";

export const name = "restart";
export const description = "PostgreSQL restarted mid-dispatch (web server and worker running)";

const EVENTS = 60;
const PORT = 3182;

export async function run(dir: string): Promise<string[]> {
  const resend = await startFakeResend();
  const cluster = await startCluster(dir, 54382);
  const { db } = cluster;
  sendThroughFake(resend);
  const options = processOptions(dir, cluster.postgres.url, PORT);
  const running: Started[] = [];
  try {
    const admin = await createUser(db, { role: "ADMIN" });
    const key = generateApiKey();
    await db.apiKey.create({
      data: {
        name: "faults",
        prefix: key.prefix,
        hash: key.hash,
        scopes: ["EVENTS_WRITE", "CATALOG_READ"],
        createdById: admin.id,
      },
    });
    running.push(await startWebServer(options));
    const worker = startWorker(options);
    running.push(worker);
    const base = `http://127.0.0.1:${PORT}`;

    const client = new RetryingClient(base, key.key);
    let next = 0;
    const posting = Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < EVENTS) {
          const index = next++;
          await client.post(`restart-${index}`, eventBody());
          await sleep(100);
        }
      }),
    );
    while (client.eventIds.size < EVENTS / 3) await sleep(50);

    await cluster.postgres.stop();
    const unreadyAfter = await waitForStatus(`${base}/readyz`, 503, 30_000);
    await sleep(5_000);
    await cluster.restart();
    const readyAfter = await waitForStatus(`${base}/readyz`, 200, 120_000);
    const pageAfter = readyAfter + (await waitForStatus(`${base}/sign-in`, 200, 30_000));
    await posting;
    const eventIds = [...client.eventIds];
    const settled = await waitUntilSettled(db, eventIds, 5 * 60_000);
    const verdict = await verifyExactlyOnce(db, eventIds, resend);
    const events = await db.event.count({ where: { source: "faults" } });
    if (events !== EVENTS || eventIds.length !== EVENTS) {
      throw new Error(
        `${events} events stored and ${eventIds.length} distinct ids answered for ${EVENTS} posted`,
      );
    }
    return [
      `/readyz said 503 ${unreadyAfter} ms after PostgreSQL stopped and 200 again ${readyAfter} ms after it was started (the sign-in page after ${pageAfter} ms)`,
      `${EVENTS} events posted with retries (answers: ${client.answers()}), ${events} stored, ${settled.total} deliveries, ${verdict.viaResend} e-mails accepted`,
    ];
  } finally {
    for (const started of running.reverse()) await started.stop();
    await cluster.close();
    await resend.close();
  }
}
