// Waking the workers after a commit, for writers that do not NOTIFY inside their own transaction (see
// the migration wake_after_commit). No "server-only", like enqueue.ts.
import type { Database } from "@/lib/db/client";
import { runScript } from "@/lib/db/prepared";
import { log } from "@/lib/log";

/** Workers LISTEN here; the Delivery insert trigger and wakeWorkers NOTIFY it. */
export const QUEUE_CHANNEL = "herald_delivery_queued";

/**
 * Set in a statement that inserts deliveries (a CTE: `SELECT set_config(…)`) so that the insert
 * trigger does not NOTIFY from inside the transaction; the writer calls wakeWorkers once committed.
 */
export const WAKE_AFTER_COMMIT = "herald.wake_after_commit";

/** The payload of wakeWorkers' NOTIFY (the trigger's is empty); workers read neither. */
export const AFTER_COMMIT_PAYLOAD = "after-commit";

/**
 * A NOTIFY takes a transaction id, so its commit would wait for a WAL flush like an event's, competing
 * with them for the disk. Losing one in a crash loses nothing (workers poll, and look at the queue when
 * they start): it commits without waiting. One round trip.
 */
const WAKE_SCRIPT = `BEGIN; SET LOCAL synchronous_commit TO off; SELECT pg_notify('${QUEUE_CHANNEL}', '${AFTER_COMMIT_PAYLOAD}'); COMMIT;`;

/**
 * Wake-ups from one process are at least this far apart. Each is a round trip, and on these machines a
 * round trip's system calls cost ~0.4 ms of CPU (a profile of POST /api/v1/events): one per event was
 * a quarter of the route's CPU. Workers still hear of an event well within the second the issue asks.
 */
export const WAKE_INTERVAL_MS = 25;

let busy = false;
let again = false;

/**
 * NOTIFY the workers now, or, when this process sent one less than WAKE_INTERVAL_MS ago (or is
 * sending one), once more when that interval is over: a burst of commits costs a few NOTIFYs, not
 * one each. Never throws: a NOTIFY lost to a database error is covered by the workers' poll.
 */
export function wakeWorkers(db: Database): void {
  if (busy) {
    again = true;
    return;
  }
  busy = true;
  void (async () => {
    try {
      do {
        again = false;
        const started = Date.now();
        if (!(await runScript(db, WAKE_SCRIPT))) {
          await db.$executeRaw`SELECT pg_notify(${QUEUE_CHANNEL}, ${AFTER_COMMIT_PAYLOAD})`;
        }
        const rest = started + WAKE_INTERVAL_MS - Date.now();
        if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
      } while (again);
    } catch (error) {
      log.warn(
        { err: error },
        "Could not wake the workers; they will find the deliveries at their next poll",
      );
    } finally {
      busy = false;
    }
  })();
}
