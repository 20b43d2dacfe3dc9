// The provider misbehaving: 5xx answers, 429 with Retry-After, answers slower than the send timeout,
// then refusing connections for minutes. Retries must not send twice (idempotency keys), failover must
// move sending to the SMTP relay while the provider is down, and hand back once it has recovered and the
// cool-down has passed.
import { enqueueEvent } from "@/lib/dispatch/enqueue";
import { samplePayloads } from "@/lib/templates/payloads";
import { startFakeResend } from "../../fakes/fake-resend";
import { startSmtpSink } from "../../fakes/smtp-sink";
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

export const name = "provider";
export const description = "provider 5xx, 429 + Retry-After, timeouts, then refusing connections for minutes";

const TYPE = "access-control.request-approved" as const;
const OUTAGE_SECONDS = Number(process.env.FAULTS_OUTAGE_SECONDS ?? 120);
const COOL_DOWN_SECONDS = 20;
const PER_EVENT = 300;

export async function run(dir: string): Promise<string[]> {
  const resend = await startFakeResend();
  const smtp = await startSmtpSink();
  const cluster = await startCluster(dir, 54383);
  const { db } = cluster;
  sendThroughFake(resend, { SMTP_URL: smtp.url, MAIL_SEND_TIMEOUT_SECONDS: "2" });
  await db.mailSettings.upsert({
    where: { id: 1 },
    create: {
      id: 1,
      primary: "RESEND",
      secondary: "SMTP",
      failoverAfter: 3,
      coolDownSeconds: COOL_DOWN_SECONDS,
    },
    update: { primary: "RESEND", secondary: "SMTP", failoverAfter: 3, coolDownSeconds: COOL_DOWN_SECONDS },
  });
  const options = processOptions(dir, cluster.postgres.url);
  const workers: Worker[] = [startWorker(options), startWorker(options)];
  const eventIds: string[] = [];
  const enqueue = async () => {
    const { eventId } = await enqueueEvent(
      db,
      { typeKey: TYPE, payload: samplePayloads[TYPE], recipients: recipients(PER_EVENT) },
      { kind: "API" },
    );
    eventIds.push(eventId);
    return eventId;
  };
  const lines: string[] = [];
  const phase = async (label: string, fault: () => void | Promise<void>) => {
    const started = Date.now();
    await fault();
    const eventId = await enqueue();
    await waitUntilSettled(db, [eventId], 10 * 60_000);
    lines.push(
      `${label}: ${PER_EVENT} deliveries settled in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
  };
  try {
    await Promise.all(workers.map((worker) => worker.ready));
    await phase("5xx ×4", () => resend.failNext(4, 500));
    await phase("429 with Retry-After: 3 ×3", () => resend.failNext(3, 429, { retryAfter: 3 }));
    await phase("answers after 5 s with a 2 s timeout ×2", () => resend.delayNext(2, 5_000));

    // The outage: every connection refused for OUTAGE_SECONDS while e-mails keep coming.
    const viaSmtpBefore = smtp.messages.length;
    await resend.refuseConnections();
    const outageStarted = Date.now();
    const during: string[] = [];
    while (Date.now() - outageStarted < OUTAGE_SECONDS * 1000) {
      during.push(await enqueue());
      await sleep(Math.min(30_000, OUTAGE_SECONDS * 250));
    }
    await waitUntilSettled(db, during, 10 * 60_000);
    const failedOver = smtp.messages.length - viaSmtpBefore;
    await resend.acceptConnections();
    lines.push(
      `outage of ${OUTAGE_SECONDS} s: ${during.length * PER_EVENT} deliveries, ${failedOver} sent through the SMTP relay`,
    );
    if (failedOver === 0) throw new Error("Nothing failed over to the SMTP relay during the outage");

    // Hand back: once the cool-down has passed, the provider is the primary again.
    await sleep((COOL_DOWN_SECONDS + 2) * 1000);
    const viaResendBefore = resend.messages.length;
    const viaSmtpAfterOutage = smtp.messages.length;
    const after = await enqueue();
    await waitUntilSettled(db, [after], 10 * 60_000);
    const handedBack = resend.messages.length - viaResendBefore;
    lines.push(
      `after recovery: ${handedBack} of ${PER_EVENT} sent through the provider again, ${smtp.messages.length - viaSmtpAfterOutage} through the relay`,
    );
    if (handedBack === 0) throw new Error("The provider was not used again after it recovered");

    const verdict = await verifyExactlyOnce(db, eventIds, resend, smtp);
    const replays = resend.requests.filter((request) => request.replayed).length;
    lines.push(
      `${verdict.deliveries} deliveries: ${verdict.viaResend} through the provider (${replays} replayed requests), ${verdict.viaSmtp} through the relay, each exactly once`,
    );
    return lines;
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
    await cluster.close();
    await resend.close();
    await smtp.close();
  }
}
