// PostgreSQL stopped and started again while events are being posted and sent. The web server and the
// worker must reconnect by themselves (no manual step), /readyz must say unready while the database is
// gone and ready once it is back, pages and the API must answer again, and a client that retries with
// the same Idempotency-Key must not create an event twice.
import type { Started } from "../../../bench/lib/herald-server";
import { startFakeResend } from "../../fakes/fake-resend";
import {
  eventBody,
  processOptions,
  sendThroughFake,
  sleep,
  startApiStack,
  startCluster,
  verifyPosted,
  waitForStatus,
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
    const { base, client } = await startApiStack(db, options, running);
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
    const posted = await verifyPosted(db, client, resend, EVENTS);
    return [
      `/readyz said 503 ${unreadyAfter} ms after PostgreSQL stopped and 200 again ${readyAfter} ms after it was started (the sign-in page after ${pageAfter} ms)`,
      posted,
    ];
  } finally {
    for (const started of running.reverse()) await started.stop();
    await cluster.close();
    await resend.close();
  }
}
