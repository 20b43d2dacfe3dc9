// Worker processes SIGKILLed at random moments during a large fan-out: their leases expire, other workers
// (and the replacements started at once) continue, and the deterministic idempotency keys make a batch
// the provider had already accepted a replay, not a second e-mail.
import { startFakeResend } from "../../fakes/fake-resend";
import {
  processOptions,
  recipients,
  sleep,
  startCluster,
  startWorker,
  sendThroughFake,
  verifyExactlyOnce,
  waitUntilSettled,
  type Worker,
} from "../harness";
import { enqueueEvent } from "@/lib/dispatch/enqueue";
import { samplePayloads } from "@/lib/templates/payloads";

export const name = "kills";
export const description = "workers SIGKILLed at random moments during a 15,000-recipient fan-out";

const KILLS = Number(process.env.FAULTS_KILLS ?? 24);
const SLOTS = 3;
const TYPE = "access-control.request-approved" as const;

export async function run(dir: string): Promise<string[]> {
  const resend = await startFakeResend();
  const cluster = await startCluster(dir, 54381);
  const { db } = cluster;
  sendThroughFake(resend);
  const options = processOptions(dir, cluster.postgres.url);
  const workers: Worker[] = [];
  try {
    const enqueue = async (count: number) =>
      (
        await enqueueEvent(
          db,
          { typeKey: TYPE, payload: samplePayloads[TYPE], recipients: recipients(count) },
          { kind: "API" },
        )
      ).eventId;
    const eventIds = [await enqueue(5_000), await enqueue(5_000)];
    let kills = 0;
    let killedWhileSending = 0;
    // Each slot: start a worker, let it work for a random 0.2–2 s once it is running, SIGKILL it.
    await Promise.all(
      Array.from({ length: SLOTS }, async () => {
        while (kills < KILLS) {
          const worker = startWorker(options);
          workers.push(worker);
          await worker.ready.catch(() => {});
          await sleep(200 + Math.random() * 1_800);
          const [row] = await db.$queryRaw<{ sending: bigint }[]>`
            SELECT count(*) AS sending FROM "Delivery" WHERE status = 'SENDING'`;
          worker.kill();
          kills += 1;
          if (Number(row?.sending ?? 0) > 0) killedWhileSending += 1;
          if (kills % 8 === 0) eventIds.push(await enqueue(2_500));
        }
      }),
    );
    const survivors = [startWorker(options), startWorker(options)];
    workers.push(...survivors);
    const settled = await waitUntilSettled(db, eventIds, 10 * 60_000);
    const verdict = await verifyExactlyOnce(db, eventIds, resend);
    const replays = resend.requests.filter((request) => request.replayed).length;
    return [
      `${kills} SIGKILLs, ${killedWhileSending} of them with deliveries SENDING; ${eventIds.length} events, ${settled.total} deliveries`,
      `the provider accepted ${verdict.viaResend} e-mails, one per delivery; ${replays} requests were replays of an accepted batch`,
    ];
  } finally {
    for (const worker of workers) worker.kill();
    await Promise.all(workers.map((worker) => worker.stop()));
    await cluster.close();
    await resend.close();
  }
}
