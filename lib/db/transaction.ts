// The one DbOrTx and inTransaction. No "server-only": the CLI scripts and seeds reach services that use it.
import type { Database, Transaction } from "./client";

/** A client, or a transaction the caller already opened (the work then joins it). */
export type DbOrTx = Database | Transaction;

/**
 * Whether `client` is a transaction the caller opened. Prisma 7's transaction client has a
 * `$transaction` of its own (nested transactions, as savepoints), so only the client has `$connect`.
 */
export function isTransaction(client: DbOrTx): client is Transaction {
  return !("$connect" in client);
}

/** Runs `work` in a transaction: a new one on a client, or the caller's when given one. */
export function inTransaction<T>(
  client: DbOrTx,
  work: (tx: Transaction) => Promise<T>,
  options?: { timeout?: number },
): Promise<T> {
  return isTransaction(client) ? work(client) : client.$transaction(work, options);
}
