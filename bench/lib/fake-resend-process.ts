// The fake Resend API in a process of its own, for benchmarks: the provider's JSON parsing and
// hashing then do not share an event loop (or a core) with the worker being measured.
// Messages (IPC): "count" → { count }, "audit" → { audit: FakeResendAudit }, "reset" → { reset: true };
// first message sent: { baseUrl, apiKey }. The parent side: bench/lib/fake-resend-client.ts.
import { startFakeResend } from "../../tests/fakes/fake-resend";

const resend = await startFakeResend();
process.send?.({ baseUrl: resend.baseUrl, apiKey: resend.apiKey });
process.on("message", (message: string) => {
  if (message === "count") process.send?.({ count: resend.messages.length });
  if (message === "audit") {
    const audit = {
      count: resend.messages.length,
      deliveryIds: resend.messages.map((email) => email.headers["X-Herald-Delivery-Id"] ?? ""),
      duplicates: resend.duplicates("X-Herald-Delivery-Id"),
    };
    process.send?.({ audit });
  }
  if (message === "reset") {
    resend.reset();
    process.send?.({ reset: true });
  }
});
process.on("disconnect", () => {
  void resend.close().then(() => process.exit(0));
});
