// The parent side of bench/lib/fake-resend-process.ts: the fake Resend API in a process of its own, so
// that its JSON parsing and hashing do not share an event loop (or a core) with what is measured.
import { fork } from "node:child_process";

export interface FakeResendAudit {
  /** E-mails accepted as new. */
  count: number;
  /** Their X-Herald-Delivery-Id values, in order. */
  deliveryIds: string[];
  /** X-Herald-Delivery-Id values accepted more than once: e-mails sent twice. */
  duplicates: string[];
}

export interface FakeResendProcess {
  baseUrl: string;
  apiKey: string;
  count(): Promise<number>;
  audit(): Promise<FakeResendAudit>;
  reset(): Promise<void>;
  close(): void;
}

export async function startFakeResendProcess(): Promise<FakeResendProcess> {
  const child = fork("bench/lib/fake-resend-process.ts", { execArgv: ["--import", "tsx"], stdio: "inherit" });
  const ask = <T>(message: string, key: string) =>
    new Promise<T>((resolve) => {
      const listener = (reply: Record<string, unknown>) => {
        if (key in reply) {
          child.off("message", listener);
          resolve(reply[key] as T);
        }
      };
      child.on("message", listener);
      child.send(message);
    });
  const [baseUrl, apiKey] = await new Promise<[string, string]>((resolve) =>
    child.once("message", (reply: { baseUrl: string; apiKey: string }) =>
      resolve([reply.baseUrl, reply.apiKey]),
    ),
  );
  return {
    baseUrl,
    apiKey,
    count: () => ask<number>("count", "count"),
    audit: () => ask<FakeResendAudit>("audit", "audit"),
    reset: async () => void (await ask<boolean>("reset", "reset")),
    close: () => child.disconnect(),
  };
}
