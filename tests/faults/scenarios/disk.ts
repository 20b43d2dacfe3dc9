// The data directory's disk nearly full while events arrive: PostgreSQL refuses writes (or stops itself
// when it cannot write its WAL). Herald must answer with an error instead of a false 202, lose nothing it
// accepted, and carry on once space is freed; clients retrying with their Idempotency-Key get one event
// each. The disk is a small tmpfs mounted for the run (root only), so the machine's own disk is untouched.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
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

export const name = "disk";
export const description = "the data directory's disk nearly full during dispatch, then freed";

const PORT = 3184;
const DISK_MB = 256;
const LEFT_FREE_MB = 3;
const EVENTS = 60;

function freeBytes(dir: string) {
  const stats = statfsSync(dir);
  return stats.bavail * stats.bsize;
}

async function databaseAnswers(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function run(dir: string): Promise<string[]> {
  const disk = path.resolve(dir, "disk");
  mkdirSync(disk, { recursive: true });
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${DISK_MB}m,mode=0755`, "tmpfs", disk], {
      stdio: "pipe",
    });
  } catch (error) {
    throw new Error(
      `Not run: mounting a ${DISK_MB} MB tmpfs needs root (${(error as Error).message.split("\n")[0]})`,
    );
  }
  const resend = await startFakeResend();
  const running: Started[] = [];
  const ballast = path.join(disk, "ballast");
  let cluster: Awaited<ReturnType<typeof startCluster>> | undefined;
  try {
    cluster = await startCluster(disk, 54384);
    const { db } = cluster;
    sendThroughFake(resend);
    const options = processOptions(dir, cluster.postgres.url, PORT);
    const { base, client } = await startApiStack(db, options, running);
    for (let index = 0; index < EVENTS / 3; index += 1) await client.post(`disk-${index}`, eventBody());

    // Fill the disk up to LEFT_FREE_MB, then keep posting until the database refuses.
    writeFileSync(ballast, Buffer.alloc(Math.max(0, freeBytes(disk) - LEFT_FREE_MB * 2 ** 20)));
    const filledWith = freeBytes(disk);
    let next = EVENTS / 3;
    const posting = (async () => {
      while (next < EVENTS) {
        const index = next++;
        await client.post(`disk-${index}`, eventBody(), 600_000);
      }
    })();
    // Wait until a request has been refused (or the rest went through in the little space left).
    const refusedBy = Date.now() + 120_000;
    while (!/(^|, )(5\d\d|no answer)×/.test(client.answers()) && next < EVENTS && Date.now() < refusedBy) {
      await sleep(200);
    }
    const whileFull = client.answers();
    const readyWhileFull = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(10_000) }).then(
      (response) => response.status,
      () => 0,
    );
    await sleep(10_000);
    rmSync(ballast);
    const freedAt = Date.now();
    // PostgreSQL stops itself when it cannot write its WAL: what an operator's service manager would do.
    let restarted = false;
    await sleep(5_000);
    if (!(await databaseAnswers(cluster.postgres.url))) {
      await cluster.restart();
      restarted = true;
    }
    await waitForStatus(`${base}/readyz`, 200, 120_000);
    const readyAfter = Date.now() - freedAt;
    await posting;
    const posted = await verifyPosted(db, client, resend, EVENTS);
    return [
      `disk filled to ${(filledWith / 2 ** 20).toFixed(1)} MB free of ${DISK_MB} MB; answers until then: ${whileFull}; /readyz while full: ${readyWhileFull || "no answer"}`,
      `space freed: ${restarted ? "PostgreSQL had stopped itself and was started again; " : "PostgreSQL carried on by itself; "}/readyz 200 again ${readyAfter} ms after the space was freed`,
      posted,
    ];
  } finally {
    for (const started of running.reverse()) await started.stop();
    await cluster?.close().catch(() => {});
    await resend.close();
    rmSync(ballast, { force: true });
    try {
      execFileSync("umount", [disk], { stdio: "pipe" });
    } catch {
      execFileSync("umount", ["-l", disk], { stdio: "pipe" });
    }
  }
}
