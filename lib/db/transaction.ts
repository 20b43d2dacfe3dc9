// The one DbOrTx and inTransaction. No "server-only": the CLI scripts and seeds reach services that use it.
import type { Database, Transaction } from "./client";

/** A client, or a transaction the caller already opened (the work then joins it). */
export type DbOrTx = Database | Transaction;

/** Runs `work` in a transaction: a new one on a client, or the caller's when given one. */
export function inTransaction<T>(
  client: DbOrTx,
  work: (tx: Transaction) => Promise<T>,
  options?: { timeout?: number },
): Promise<T> {
  return "$transaction" in client ? client.$transaction(work, options) : work(client);
}
