// The shape of a periodic job. Pure types: no "server-only" (the scheduler runs in the worker process).
import type { Database } from "@/lib/db/client";

export interface JobContext {
  db: Database;
  /** The scheduled time this run is for (the same in every instance). */
  slot: Date;
  now: () => Date;
  log: (line: string) => void;
}

export interface JobDefinition {
  name: string;
  /** Croner pattern, read in `timeZone`. */
  pattern: string;
  /** The IANA zone the pattern's times are in (default UTC). */
  timeZone?: string;
  /** The job's body; its result is stored on the JobRun row. */
  run: (ctx: JobContext) => Promise<unknown>;
  /**
   * A daily job whose missed run must still happen: when a scheduler starts and the job's latest slot
   * has not run (nothing was up at the time, or the instance running it died), it runs it then.
   */
  catchUp?: boolean;
}
