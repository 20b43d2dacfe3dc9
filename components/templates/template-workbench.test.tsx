// Server-renders the preview page's client island with real messages: catches render-time errors and
// checks what each role gets (interactions are covered by e2e/templates.spec.ts).
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import { renderIntl } from "@/components/render-intl";
import enCommon from "@/messages/en/common.json";
import enTemplates from "@/messages/en/templates.json";
import type { TemplateDetail } from "@/lib/templates/queries";
import { samplePayloads } from "@/lib/templates/payloads";
import { copyFor } from "@/lib/templates/copy";
import { TemplateWorkbench } from "./template-workbench";

// The server actions need a request (auth, headers); rendering only needs their references.
vi.mock("@/lib/templates/actions", () => ({
  saveOverrideAction: async () => ({}),
  resetOverrideAction: async () => ({}),
  sendTestEmailAction: async () => ({ ok: true, data: { to: "", subject: "", eventId: "" } }),
}));

const detail: TemplateDetail = {
  key: "monitoring.cpu-critical",
  name: "CPU Usage - Critical",
  description: "CPU is running over 90% usage over 10 minutes",
  categoryKey: "monitoring",
  categoryName: "Monitoring",
  severity: "critical",
  kind: "THRESHOLD_ALERT",
  mandatory: true,
  sample: samplePayloads["monitoring.cpu-critical"],
  variables: [{ path: "host.name", label: "Server › Name" }],
  defaults: {
    en: copyFor("en").types["monitoring.cpu-critical"],
    "pt-BR": copyFor("pt-BR").types["monitoring.cpu-critical"],
  },
  overrides: {
    en: {
      typeKey: "monitoring.cpu-critical",
      locale: "en",
      subject: "CPU on {{host.name}}",
      intro: null,
      updatedAt: "2026-11-24T12:00:00.000Z",
      updatedById: null,
      updatedByName: "Ana Admin",
    },
  },
};

function render(canEdit: boolean) {
  return renderIntl(
    <QueryClientProvider client={new QueryClient()}>
      <TemplateWorkbench
        detail={detail}
        initialLocale="en"
        canEdit={canEdit}
        savedTexts={{ en: <p data-testid="saved-texts">saved en</p>, "pt-BR": <p>saved pt</p> }}
      />
    </QueryClientProvider>,
    "en",
    { common: enCommon, templates: enTemplates },
  );
}

describe("TemplateWorkbench", () => {
  it("gives an admin the texts editor (with the saved override) and the test button", () => {
    const html = render(true);
    expect(html).toContain('data-testid="override-editor"');
    expect(html).toContain('value="CPU on {{host.name}}"');
    expect(html).toContain("Changed by Ana Admin");
    expect(html).toContain('data-testid="send-test"');
    expect(html).toContain('data-testid="payload-editor"');
    expect(html).toContain("Português (Brasil)");
  });

  it("gives an auditor the read-only texts and no write controls", () => {
    const html = render(false);
    expect(html).toContain('data-testid="saved-texts"');
    expect(html).not.toContain('data-testid="override-editor"');
    expect(html).not.toContain('data-testid="send-test"');
  });
});
