// The status line under "Send test to me": the action only queues the test, so it must say so (in
// both languages) and point to the send history, where the worker's outcome shows.
import { describe, expect, it } from "vitest";
import { renderIntl } from "@/components/render-intl";
import enTemplates from "@/messages/en/templates.json";
import ptTemplates from "@/messages/pt-BR/templates.json";
import { SendTestStatus, type SendTestState } from "./send-test-status";

const EVENT_ID = "0193a0a0-0000-7000-8000-000000000042";
const queued: SendTestState = {
  kind: "queued",
  to: "admin@herald.local",
  subject: "[TEST] Certificate revoked",
  eventId: EVENT_ID,
};

function render(locale: "en" | "pt-BR", state: SendTestState) {
  return renderIntl(<SendTestStatus state={state} />, locale, {
    templates: locale === "en" ? enTemplates : ptTemplates,
  });
}

describe("SendTestStatus", () => {
  it("says the test is queued, not sent, and links to its event in the send history", () => {
    const html = render("en", queued);
    expect(html).toContain("Test queued for admin@herald.local");
    expect(html).not.toMatch(/Test sent/);
    expect(html).toContain(`href="/history?event=${EVENT_ID}"`);
    expect(html).toContain("See it in the send history");
  });

  it("says the same in Portuguese", () => {
    const html = render("pt-BR", queued);
    expect(html).toContain("Teste enfileirado para admin@herald.local");
    expect(html).not.toMatch(/Teste enviado/);
    expect(html).toContain(`href="/history?event=${EVENT_ID}"`);
    expect(html).toContain("Ver no histórico de envios");
  });

  it("shows a failure without a history link", () => {
    const html = render("en", { kind: "failed", message: "Check the highlighted fields." });
    expect(html).toContain("The test could not be queued: Check the highlighted fields.");
    expect(html).not.toContain("/history");
  });
});
