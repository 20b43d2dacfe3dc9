// How many e-mails per second one delivery worker gets accepted by the provider.
//   npx tsx bench/worker.bench.ts
// A fresh database on an embedded PostgreSQL (.data/bench-worker, port 54363), the fake Resend API
// (tests/fakes/fake-resend.ts, in a process of its own) as the provider, one event to 10,000 addresses queued
// before the worker starts. The worker's rate (claim, render once, personalise, store, send in batches
// of 100, record every attempt) is compared with a baseline measured in the same run: the fake
// accepting the same e-mails, already rendered and personalised, sent from a tight loop through the
// same Resend transport with the same number of batches in flight and no database at all.
import { randomBytes, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Database } from "@/lib/db/client";
import type { MailMessage } from "@/lib/mail/types";
import { startFakeResendProcess, type FakeResendProcess } from "./lib/fake-resend-client";
import { loadAverage, machineLine, runBench, withBenchDatabase } from "./lib/bench-database";

// lib/env.ts validates on import: the database is passed explicitly, the secret signs unsubscribe links.
process.env.DATABASE_URL ??= "postgresql://bench-uses-its-own-database/none";
process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
const { enqueueEvent } = await import("@/lib/dispatch/enqueue");
const { headersFor, personalFor } = await import("@/lib/dispatch/worker/personal");
const { startWorker } = await import("@/lib/dispatch/worker/worker");
const { createMailSender } = await import("@/lib/mail/sender");
const { createResendTransport } = await import("@/lib/mail/resend");
const { samplePayloads } = await import("@/lib/templates/payloads");
const { personalise, prepareNotification } = await import("@/lib/templates/render");

const RECIPIENTS = 10_000;
const TYPE = "access-control.request-approved" as const;
const FROM = "Herald <herald@bench.test>";
/** Claims the worker keeps in flight (its default unless BENCH_CONCURRENCY says), and the baseline's batches in flight. */
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const IN_FLIGHT = CONCURRENCY;
const RUNS = 3;

function addresses(tag: string) {
  return Array.from({ length: RECIPIENTS }, (_, index) => ({ email: `r${index}-${tag}@bench.test` }));
}

async function waitUntilSent(db: Database, eventId: string) {
  for (;;) {
    const [row] = await db.$queryRaw<{ left: bigint }[]>`
      SELECT count(*) AS left FROM "Delivery" WHERE "eventId" = ${eventId}::uuid AND status <> 'SENT'`;
    if (Number(row?.left ?? 1) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** One worker from a standing start to the last of 10,000 e-mails accepted. */
async function workerRun(db: Database, url: string, resend: FakeResendProcess) {
  const { eventId, deliveryCount } = await enqueueEvent(
    db,
    { typeKey: TYPE, payload: samplePayloads[TYPE], recipients: addresses(randomBytes(3).toString("hex")) },
    { kind: "API" },
  );
  const sender = createMailSender(db, {
    transports: { RESEND: createResendTransport({ apiKey: resend.apiKey, baseUrl: resend.baseUrl }) },
  });
  const acceptedBefore = await resend.count();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const worker = startWorker({
    db,
    databaseUrl: url,
    sender,
    from: FROM,
    concurrency: CONCURRENCY,
    log: () => {},
  });
  await waitUntilSent(db, eventId);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  await worker.stop();
  const accepted = (await resend.count()) - acceptedBefore;
  if (accepted !== deliveryCount) throw new Error(`The fake accepted ${accepted} of ${deliveryCount}`);
  return { ms, rate: (deliveryCount / ms) * 1000, cpuMs: (used.user + used.system) / 1000 };
}

/** The same e-mails, rendered and personalised beforehand, sent straight to the fake. */
async function baselineRun(resend: FakeResendProcess) {
  const prepared = await prepareNotification({
    typeKey: TYPE,
    payload: samplePayloads[TYPE],
    locale: "en",
    timeZone: "UTC",
    links: { preferencesUrl: "http://localhost:3000/me/notifications" },
  });
  const messages: MailMessage[] = addresses(randomBytes(3).toString("hex")).map(({ email }, index) => {
    const id = randomUUID();
    const personal = personalFor({
      typeKey: TYPE,
      locale: "en",
      recipientKind: "USER",
      userId: id,
      contactId: null,
      name: `Recipient ${index}`,
      reasons: [{ via: "direct", target: "type" }],
      test: false,
    });
    const email_ = personalise(prepared, personal);
    return {
      to: email,
      from: FROM,
      ...email_,
      headers: headersFor({ deliveryId: id, eventId: id, messageId: `${id}@bench.test`, personal }),
      idempotencyKey: `herald-${id}`,
    };
  });
  const transport = createResendTransport({ apiKey: resend.apiKey, baseUrl: resend.baseUrl });
  const batches: MailMessage[][] = [];
  for (let i = 0; i < messages.length; i += 100) batches.push(messages.slice(i, i + 100));
  const start = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < batches.length) {
        const batch = batches[next++]!;
        await transport.sendBatch!(batch, `bench-${randomUUID()}`);
      }
    }),
  );
  const ms = performance.now() - start;
  return { ms, rate: (messages.length / ms) * 1000 };
}

/**
 * From an event's commit to its e-mail's acceptance, for single events queued one at a time with the
 * worker idle (what NOTIFY buys): the database's own clock at both ends (createdAt, sentAt).
 */
async function latencyRun(db: Database, url: string, resend: FakeResendProcess, events = 20) {
  const sender = createMailSender(db, {
    transports: { RESEND: createResendTransport({ apiKey: resend.apiKey, baseUrl: resend.baseUrl }) },
  });
  const worker = startWorker({ db, databaseUrl: url, sender, from: FROM, log: () => {} });
  const ids: string[] = [];
  for (let i = 0; i < events; i++) {
    const { eventId } = await enqueueEvent(
      db,
      {
        typeKey: TYPE,
        payload: samplePayloads[TYPE],
        recipients: [{ email: `latency-${i}-${randomUUID()}@bench.test` }],
      },
      { kind: "API" },
    );
    await waitUntilSent(db, eventId);
    ids.push(eventId);
  }
  await worker.stop();
  const rows = await db.$queryRaw<{ ms: number }[]>`
    SELECT extract(epoch FROM d."sentAt" - e."createdAt") * 1000 AS ms
    FROM "Delivery" d JOIN "Event" e ON e.id = d."eventId" WHERE e.id = ANY(${ids}::uuid[])`;
  return rows.map((row) => Number(row.ms)).sort((a, b) => a - b);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main() {
  console.log(machineLine());
  await withBenchDatabase({ dataDir: ".data/bench-worker", port: 54363, max: 8 }, async (db, url) => {
    const resend = await startFakeResendProcess();
    try {
      await db.mailSettings.create({ data: { id: 1, primary: "RESEND" } });

      // Warm-up: templates, JIT, connections.
      await baselineRun(resend);
      await workerRun(db, url, resend);
      await resend.reset();

      const baseline: number[] = [];
      const worker: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const b = await baselineRun(resend);
        await resend.reset();
        const w = await workerRun(db, url, resend);
        await resend.reset();
        baseline.push(b.rate);
        worker.push(w.rate);
        console.log(
          `run ${run + 1}: worker ${w.rate.toFixed(0)} e-mails/s (${RECIPIENTS.toLocaleString("en")} in ${(w.ms / 1000).toFixed(2)} s, ` +
            `this process busy ${((w.cpuMs / w.ms) * 100).toFixed(0)}% of it); ` +
            `baseline ${b.rate.toFixed(0)} e-mails/s (${(b.ms / 1000).toFixed(2)} s)`,
        );
      }
      const latencies = await latencyRun(db, url, resend);
      console.log(
        `Event to accepted e-mail, ${latencies.length} single events one at a time: median ${median(latencies).toFixed(0)} ms, ` +
          `max ${Math.max(...latencies).toFixed(0)} ms`,
      );
      const w = median(worker);
      console.log(`Load average during the runs: ${loadAverage(1)}`);
      const b = median(baseline);
      console.log(
        `One worker: median ${w.toFixed(0)} e-mails/s accepted by the fake provider (target ≥ 2,000/s: ${w >= 2000 ? "met" : "NOT met"}); ` +
          `baseline (pre-rendered, no database) ${b.toFixed(0)} e-mails/s; ratio worker/baseline ${(w / b).toFixed(2)} ` +
          `(min..max worker ${Math.min(...worker).toFixed(0)}..${Math.max(...worker).toFixed(0)}, baseline ${Math.min(...baseline).toFixed(0)}..${Math.max(...baseline).toFixed(0)})`,
      );
    } finally {
      resend.close();
    }
  });
}

runBench(main);
