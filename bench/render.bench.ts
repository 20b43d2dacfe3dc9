// How fast are Herald's e-mails rendered, and what does the prepare-once design save?
//   npx tsx bench/render.bench.ts            (BENCH_RECIPIENTS=1000 for a shorter fan-out)
// 1. Every type × both languages, rendered to HTML + plain text several times: median and p95 per render.
// 2. One event to 5,000 recipients (mixed languages and time zones):
//    (a) renderNotification for each recipient, versus
//    (b) prepareNotification once per language × time zone, then personalise() per recipient.
// React is measured in its production build, as the server runs it (NODE_ENV=production unless set).
import os from "node:os";
import { performance } from "node:perf_hooks";
import type { AppLocale } from "@/lib/i18n/locales";
import type { TypeKey } from "@/lib/templates/payloads";
import type { PreparedNotification } from "@/lib/templates/render";
import { percentile } from "./lib/stats";

(process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
// Imported after NODE_ENV is set: React picks its build when first loaded.
const { locales } = await import("@/lib/i18n/locales");
const { samplePayloads, typeKeys } = await import("@/lib/templates/payloads");
const { personalise, prepareNotification, renderNotification } = await import("@/lib/templates/render");

const RUNS_PER_TYPE = 5;
const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 5_000);
const FAN_OUT_TYPE: TypeKey = "certificates.expiration-alert-7d";
const ZONES = ["America/Sao_Paulo", "America/Manaus", "Europe/London", "UTC"];
const links = { preferencesUrl: "https://herald.bank.example/me/notifications" };

const ms = (value: number) => `${value.toFixed(2)} ms`;

function input(typeKey: TypeKey, locale: AppLocale, timeZone: string) {
  return { typeKey, payload: samplePayloads[typeKey], locale, timeZone };
}

async function perRender() {
  for (const typeKey of typeKeys)
    for (const locale of locales)
      await renderNotification({
        ...input(typeKey, locale, "UTC"),
        recipient: { name: "Warm Up", reason: "warm-up" },
        links,
      });
  const samples: number[] = [];
  const byType = new Map<string, number>();
  for (let run = 0; run < RUNS_PER_TYPE; run++) {
    for (const typeKey of typeKeys) {
      for (const locale of locales) {
        const start = performance.now();
        await renderNotification({
          ...input(typeKey, locale, "America/Sao_Paulo"),
          recipient: {
            name: "Ana Souza",
            reason: "You receive this because you are a member of Security Operations.",
          },
          links: { ...links, unsubscribeUrl: "https://herald.bank.example/unsubscribe?token=t" },
        });
        const elapsed = performance.now() - start;
        samples.push(elapsed);
        byType.set(`${typeKey} (${locale})`, Math.max(byType.get(`${typeKey} (${locale})`) ?? 0, elapsed));
      }
    }
  }
  samples.sort((a, b) => a - b);
  const slowest = [...byType.entries()].sort((a, b) => b[1] - a[1])[0];
  console.log(
    `Per e-mail (HTML + text), ${typeKeys.length} types × ${locales.length} languages × ${RUNS_PER_TYPE} runs = ${samples.length} renders`,
  );
  console.log(
    `  median ${ms(percentile(samples, 50))}   p95 ${ms(percentile(samples, 95))}   max ${ms(samples.at(-1) ?? 0)}`,
  );
  if (slowest) console.log(`  slowest type: ${slowest[0]} (${ms(slowest[1])} worst run)`);
}

function recipients() {
  return Array.from({ length: RECIPIENTS }, (_, index) => ({
    name: `Recipient ${index} O'Brien & Souza`,
    reason:
      "You receive this because you are a member of Security Operations, which is subscribed to Certificates.",
    unsubscribeUrl: `https://herald.bank.example/unsubscribe?token=${index.toString(36)}&type=${FAN_OUT_TYPE}`,
    locale: (index % 5 < 3 ? "pt-BR" : "en") as AppLocale,
    timeZone: ZONES[index % ZONES.length] ?? "UTC",
  }));
}

async function fanOut() {
  const people = recipients();
  let bytes = 0;

  const startA = performance.now();
  for (const person of people) {
    const email = await renderNotification({
      ...input(FAN_OUT_TYPE, person.locale, person.timeZone),
      recipient: person,
      links: { ...links, unsubscribeUrl: person.unsubscribeUrl },
    });
    bytes += email.html.length;
  }
  const totalA = performance.now() - startA;

  const startB = performance.now();
  const prepared = new Map<string, PreparedNotification>();
  for (const person of people) {
    const key = `${person.locale}|${person.timeZone}`;
    let event = prepared.get(key);
    if (!event) {
      event = await prepareNotification({ ...input(FAN_OUT_TYPE, person.locale, person.timeZone), links });
      prepared.set(key, event);
    }
    bytes -= personalise(event, person).html.length;
  }
  const totalB = performance.now() - startB;

  console.log(
    `\nOne event (${FAN_OUT_TYPE}) to ${people.length.toLocaleString("en")} recipients, ${prepared.size} language × time zone groups`,
  );
  console.log(
    `  (a) render per recipient:            ${ms(totalA)} total, ${ms(totalA / people.length)} per recipient`,
  );
  console.log(
    `  (b) prepare per group + personalise: ${ms(totalB)} total, ${ms(totalB / people.length)} per recipient`,
  );
  console.log(
    `  (a) / (b) = ${(totalA / totalB).toFixed(1)}×   (outputs identical in size: ${bytes === 0 ? "yes" : "no"})`,
  );
}

async function main() {
  const cpu = os.cpus()[0];
  console.log(
    `Machine: ${cpu?.model ?? "unknown CPU"}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB, Node ${process.version}`,
  );
  console.log(
    `NODE_ENV=${process.env.NODE_ENV}, load average ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(" ")}\n`,
  );
  await perRender();
  await fanOut();
}

await main();
